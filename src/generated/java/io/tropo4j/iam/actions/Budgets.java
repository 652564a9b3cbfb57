// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Budget Service (prefix {@code budgets}), as the service authorization reference lists them.
 */
public final class Budgets {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "budgets";

  /** {@code budgets:CreateBudgetAction}: Write; on budgetAction. */
  public static final Action CREATE_BUDGET_ACTION = Action.of(PREFIX, "CreateBudgetAction");

  /** {@code budgets:DeleteBudgetAction}: Write; on budgetAction. */
  public static final Action DELETE_BUDGET_ACTION = Action.of(PREFIX, "DeleteBudgetAction");

  /** {@code budgets:DescribeBudgetAction}: Read; on budgetAction. */
  public static final Action DESCRIBE_BUDGET_ACTION = Action.of(PREFIX, "DescribeBudgetAction");

  /** {@code budgets:DescribeBudgetActionHistories}: Read; on budgetAction. */
  public static final Action DESCRIBE_BUDGET_ACTION_HISTORIES = Action.of(PREFIX, "DescribeBudgetActionHistories");

  /** {@code budgets:DescribeBudgetActionsForAccount}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BUDGET_ACTIONS_FOR_ACCOUNT = Action.of(PREFIX, "DescribeBudgetActionsForAccount");

  /** {@code budgets:DescribeBudgetActionsForBudget}: Read; on budget. */
  public static final Action DESCRIBE_BUDGET_ACTIONS_FOR_BUDGET = Action.of(PREFIX, "DescribeBudgetActionsForBudget");

  /** {@code budgets:ExecuteBudgetAction}: Write; on budgetAction. */
  public static final Action EXECUTE_BUDGET_ACTION = Action.of(PREFIX, "ExecuteBudgetAction");

  /** {@code budgets:ListTagsForResource}: Read; on budget, budgetAction. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code budgets:ModifyBudget}: Write; on budget. */
  public static final Action MODIFY_BUDGET = Action.of(PREFIX, "ModifyBudget");

  /** {@code budgets:TagResource}: Tagging; on budget, budgetAction. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code budgets:UntagResource}: Tagging; on budget, budgetAction. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code budgets:UpdateBudgetAction}: Write; on budgetAction. */
  public static final Action UPDATE_BUDGET_ACTION = Action.of(PREFIX, "UpdateBudgetAction");

  /** {@code budgets:ViewBudget}: Read; on budget. */
  public static final Action VIEW_BUDGET = Action.of(PREFIX, "ViewBudget");

  private Budgets() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
