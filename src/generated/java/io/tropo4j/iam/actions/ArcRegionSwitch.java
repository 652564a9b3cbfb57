// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon ARC Region switch (prefix {@code arc-region-switch}), as the service authorization reference lists them.
 */
public final class ArcRegionSwitch {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "arc-region-switch";

  /** {@code arc-region-switch:ApprovePlanExecutionStep}: Write; on plan. */
  public static final Action APPROVE_PLAN_EXECUTION_STEP = Action.of(PREFIX, "ApprovePlanExecutionStep");

  /** {@code arc-region-switch:CancelPlanExecution}: Write; on plan. */
  public static final Action CANCEL_PLAN_EXECUTION = Action.of(PREFIX, "CancelPlanExecution");

  /** {@code arc-region-switch:CreatePlan}: Write; on plan. */
  public static final Action CREATE_PLAN = Action.of(PREFIX, "CreatePlan");

  /** {@code arc-region-switch:DeletePlan}: Write; on plan. */
  public static final Action DELETE_PLAN = Action.of(PREFIX, "DeletePlan");

  /** {@code arc-region-switch:DeleteResourcePolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code arc-region-switch:GetPlan}: Read; on plan. */
  public static final Action GET_PLAN = Action.of(PREFIX, "GetPlan");

  /** {@code arc-region-switch:GetPlanEvaluationStatus}: Read; on plan. */
  public static final Action GET_PLAN_EVALUATION_STATUS = Action.of(PREFIX, "GetPlanEvaluationStatus");

  /** {@code arc-region-switch:GetPlanExecution}: Read; on plan. */
  public static final Action GET_PLAN_EXECUTION = Action.of(PREFIX, "GetPlanExecution");

  /** {@code arc-region-switch:GetPlanInRegion}: Read; on plan. */
  public static final Action GET_PLAN_IN_REGION = Action.of(PREFIX, "GetPlanInRegion");

  /** {@code arc-region-switch:GetResourcePolicy}: Permissions management; on plan. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code arc-region-switch:ListPlanExecutionEvents}: List; on plan. */
  public static final Action LIST_PLAN_EXECUTION_EVENTS = Action.of(PREFIX, "ListPlanExecutionEvents");

  /** {@code arc-region-switch:ListPlanExecutions}: List; on plan. */
  public static final Action LIST_PLAN_EXECUTIONS = Action.of(PREFIX, "ListPlanExecutions");

  /** {@code arc-region-switch:ListPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLANS = Action.of(PREFIX, "ListPlans");

  /** {@code arc-region-switch:ListPlansInRegion}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLANS_IN_REGION = Action.of(PREFIX, "ListPlansInRegion");

  /** {@code arc-region-switch:ListRoute53HealthChecks}: List; on plan. */
  public static final Action LIST_ROUTE53_HEALTH_CHECKS = Action.of(PREFIX, "ListRoute53HealthChecks");

  /** {@code arc-region-switch:ListRoute53HealthChecksInRegion}: List; on plan. */
  public static final Action LIST_ROUTE53_HEALTH_CHECKS_IN_REGION = Action.of(PREFIX, "ListRoute53HealthChecksInRegion");

  /** {@code arc-region-switch:ListTagsForResource}: Read; on plan. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code arc-region-switch:PutResourcePolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code arc-region-switch:StartPlanExecution}: Write; on plan. */
  public static final Action START_PLAN_EXECUTION = Action.of(PREFIX, "StartPlanExecution");

  /** {@code arc-region-switch:TagResource}: Tagging; on plan. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code arc-region-switch:UntagResource}: Tagging; on plan. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code arc-region-switch:UpdatePlan}: Write; on plan. */
  public static final Action UPDATE_PLAN = Action.of(PREFIX, "UpdatePlan");

  /** {@code arc-region-switch:UpdatePlanExecution}: Write; on plan. */
  public static final Action UPDATE_PLAN_EXECUTION = Action.of(PREFIX, "UpdatePlanExecution");

  /** {@code arc-region-switch:UpdatePlanExecutionStep}: Write; on plan. */
  public static final Action UPDATE_PLAN_EXECUTION_STEP = Action.of(PREFIX, "UpdatePlanExecutionStep");

  private ArcRegionSwitch() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
