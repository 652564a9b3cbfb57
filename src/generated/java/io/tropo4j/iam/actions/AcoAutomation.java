// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Compute Optimizer Automation (prefix {@code aco-automation}), as the service authorization reference lists them.
 */
public final class AcoAutomation {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aco-automation";

  /** {@code aco-automation:AssociateAccounts}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_ACCOUNTS = Action.of(PREFIX, "AssociateAccounts");

  /** {@code aco-automation:CreateAutomationRule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTOMATION_RULE = Action.of(PREFIX, "CreateAutomationRule");

  /** {@code aco-automation:DeleteAutomationRule}: Write; on AutomationRule. */
  public static final Action DELETE_AUTOMATION_RULE = Action.of(PREFIX, "DeleteAutomationRule");

  /** {@code aco-automation:DisassociateAccounts}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_ACCOUNTS = Action.of(PREFIX, "DisassociateAccounts");

  /** {@code aco-automation:GetAutomationEvent}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTOMATION_EVENT = Action.of(PREFIX, "GetAutomationEvent");

  /** {@code aco-automation:GetAutomationRule}: Read; on AutomationRule. */
  public static final Action GET_AUTOMATION_RULE = Action.of(PREFIX, "GetAutomationRule");

  /** {@code aco-automation:GetEnrollmentConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENROLLMENT_CONFIGURATION = Action.of(PREFIX, "GetEnrollmentConfiguration");

  /** {@code aco-automation:ListAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNTS = Action.of(PREFIX, "ListAccounts");

  /** {@code aco-automation:ListAutomationEventSteps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_EVENT_STEPS = Action.of(PREFIX, "ListAutomationEventSteps");

  /** {@code aco-automation:ListAutomationEventSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_EVENT_SUMMARIES = Action.of(PREFIX, "ListAutomationEventSummaries");

  /** {@code aco-automation:ListAutomationEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_EVENTS = Action.of(PREFIX, "ListAutomationEvents");

  /** {@code aco-automation:ListAutomationRulePreview}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_RULE_PREVIEW = Action.of(PREFIX, "ListAutomationRulePreview");

  /** {@code aco-automation:ListAutomationRulePreviewSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_RULE_PREVIEW_SUMMARIES = Action.of(PREFIX, "ListAutomationRulePreviewSummaries");

  /** {@code aco-automation:ListAutomationRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_RULES = Action.of(PREFIX, "ListAutomationRules");

  /** {@code aco-automation:ListRecommendedActionSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDED_ACTION_SUMMARIES = Action.of(PREFIX, "ListRecommendedActionSummaries");

  /** {@code aco-automation:ListRecommendedActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDED_ACTIONS = Action.of(PREFIX, "ListRecommendedActions");

  /** {@code aco-automation:ListTagsForResource}: List; on AutomationRule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code aco-automation:RollbackAutomationEvent}: Write; on no resource type (give {@code *}). */
  public static final Action ROLLBACK_AUTOMATION_EVENT = Action.of(PREFIX, "RollbackAutomationEvent");

  /** {@code aco-automation:StartAutomationEvent}: Write; on no resource type (give {@code *}). */
  public static final Action START_AUTOMATION_EVENT = Action.of(PREFIX, "StartAutomationEvent");

  /** {@code aco-automation:TagResource}: Tagging; on AutomationRule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code aco-automation:UntagResource}: Tagging; on AutomationRule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code aco-automation:UpdateAutomationRule}: Write; on AutomationRule. */
  public static final Action UPDATE_AUTOMATION_RULE = Action.of(PREFIX, "UpdateAutomationRule");

  /** {@code aco-automation:UpdateEnrollmentConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENROLLMENT_CONFIGURATION = Action.of(PREFIX, "UpdateEnrollmentConfiguration");

  private AcoAutomation() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
