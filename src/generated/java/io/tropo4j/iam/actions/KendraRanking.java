// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Kendra Intelligent Ranking (prefix {@code kendra-ranking}), as the service authorization reference lists them.
 */
public final class KendraRanking {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kendra-ranking";

  /** {@code kendra-ranking:CreateRescoreExecutionPlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESCORE_EXECUTION_PLAN = Action.of(PREFIX, "CreateRescoreExecutionPlan");

  /** {@code kendra-ranking:DeleteRescoreExecutionPlan}: Write; on rescore-execution-plan. */
  public static final Action DELETE_RESCORE_EXECUTION_PLAN = Action.of(PREFIX, "DeleteRescoreExecutionPlan");

  /** {@code kendra-ranking:DescribeRescoreExecutionPlan}: Read; on rescore-execution-plan. */
  public static final Action DESCRIBE_RESCORE_EXECUTION_PLAN = Action.of(PREFIX, "DescribeRescoreExecutionPlan");

  /** {@code kendra-ranking:ListRescoreExecutionPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESCORE_EXECUTION_PLANS = Action.of(PREFIX, "ListRescoreExecutionPlans");

  /** {@code kendra-ranking:ListTagsForResource}: Read; on rescore-execution-plan. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code kendra-ranking:Rescore}: Read; on rescore-execution-plan. */
  public static final Action RESCORE = Action.of(PREFIX, "Rescore");

  /** {@code kendra-ranking:TagResource}: Tagging; on rescore-execution-plan. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kendra-ranking:UntagResource}: Tagging; on rescore-execution-plan. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kendra-ranking:UpdateRescoreExecutionPlan}: Write; on rescore-execution-plan. */
  public static final Action UPDATE_RESCORE_EXECUTION_PLAN = Action.of(PREFIX, "UpdateRescoreExecutionPlan");

  private KendraRanking() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
