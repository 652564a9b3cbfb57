// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Migration Hub Orchestrator (prefix {@code migrationhub-orchestrator}), as the service authorization reference lists them.
 */
public final class MigrationhubOrchestrator {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "migrationhub-orchestrator";

  /** {@code migrationhub-orchestrator:CreateTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEMPLATE = Action.of(PREFIX, "CreateTemplate");

  /** {@code migrationhub-orchestrator:CreateWorkflow}: Write; on template. */
  public static final Action CREATE_WORKFLOW = Action.of(PREFIX, "CreateWorkflow");

  /** {@code migrationhub-orchestrator:CreateWorkflowStep}: Write; on workflow. */
  public static final Action CREATE_WORKFLOW_STEP = Action.of(PREFIX, "CreateWorkflowStep");

  /** {@code migrationhub-orchestrator:CreateWorkflowStepGroup}: Write; on workflow. */
  public static final Action CREATE_WORKFLOW_STEP_GROUP = Action.of(PREFIX, "CreateWorkflowStepGroup");

  /** {@code migrationhub-orchestrator:DeleteTemplate}: Write; on template. */
  public static final Action DELETE_TEMPLATE = Action.of(PREFIX, "DeleteTemplate");

  /** {@code migrationhub-orchestrator:DeleteWorkflow}: Write; on workflow. */
  public static final Action DELETE_WORKFLOW = Action.of(PREFIX, "DeleteWorkflow");

  /** {@code migrationhub-orchestrator:DeleteWorkflowStep}: Write; on workflow. */
  public static final Action DELETE_WORKFLOW_STEP = Action.of(PREFIX, "DeleteWorkflowStep");

  /** {@code migrationhub-orchestrator:DeleteWorkflowStepGroup}: Write; on workflow. */
  public static final Action DELETE_WORKFLOW_STEP_GROUP = Action.of(PREFIX, "DeleteWorkflowStepGroup");

  /** {@code migrationhub-orchestrator:GetMessage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MESSAGE = Action.of(PREFIX, "GetMessage");

  /** {@code migrationhub-orchestrator:GetTemplate}: Read; on template. */
  public static final Action GET_TEMPLATE = Action.of(PREFIX, "GetTemplate");

  /** {@code migrationhub-orchestrator:GetTemplateStep}: Read; on template. */
  public static final Action GET_TEMPLATE_STEP = Action.of(PREFIX, "GetTemplateStep");

  /** {@code migrationhub-orchestrator:GetTemplateStepGroup}: Read; on template. */
  public static final Action GET_TEMPLATE_STEP_GROUP = Action.of(PREFIX, "GetTemplateStepGroup");

  /** {@code migrationhub-orchestrator:GetWorkflow}: Read; on workflow. */
  public static final Action GET_WORKFLOW = Action.of(PREFIX, "GetWorkflow");

  /** {@code migrationhub-orchestrator:GetWorkflowStep}: Read; on workflow. */
  public static final Action GET_WORKFLOW_STEP = Action.of(PREFIX, "GetWorkflowStep");

  /** {@code migrationhub-orchestrator:GetWorkflowStepGroup}: Read; on workflow. */
  public static final Action GET_WORKFLOW_STEP_GROUP = Action.of(PREFIX, "GetWorkflowStepGroup");

  /** {@code migrationhub-orchestrator:ListPlugins}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLUGINS = Action.of(PREFIX, "ListPlugins");

  /** {@code migrationhub-orchestrator:ListTagsForResource}: Read; on template, workflow. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code migrationhub-orchestrator:ListTemplateStepGroups}: List; on template. */
  public static final Action LIST_TEMPLATE_STEP_GROUPS = Action.of(PREFIX, "ListTemplateStepGroups");

  /** {@code migrationhub-orchestrator:ListTemplateSteps}: List; on template. */
  public static final Action LIST_TEMPLATE_STEPS = Action.of(PREFIX, "ListTemplateSteps");

  /** {@code migrationhub-orchestrator:ListTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEMPLATES = Action.of(PREFIX, "ListTemplates");

  /** {@code migrationhub-orchestrator:ListWorkflowStepGroups}: List; on workflow. */
  public static final Action LIST_WORKFLOW_STEP_GROUPS = Action.of(PREFIX, "ListWorkflowStepGroups");

  /** {@code migrationhub-orchestrator:ListWorkflowSteps}: List; on workflow. */
  public static final Action LIST_WORKFLOW_STEPS = Action.of(PREFIX, "ListWorkflowSteps");

  /** {@code migrationhub-orchestrator:ListWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFLOWS = Action.of(PREFIX, "ListWorkflows");

  /** {@code migrationhub-orchestrator:RegisterPlugin}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_PLUGIN = Action.of(PREFIX, "RegisterPlugin");

  /** {@code migrationhub-orchestrator:RetryWorkflowStep}: Write; on workflow. */
  public static final Action RETRY_WORKFLOW_STEP = Action.of(PREFIX, "RetryWorkflowStep");

  /** {@code migrationhub-orchestrator:SendMessage}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code migrationhub-orchestrator:StartWorkflow}: Write; on workflow. */
  public static final Action START_WORKFLOW = Action.of(PREFIX, "StartWorkflow");

  /** {@code migrationhub-orchestrator:StopWorkflow}: Write; on workflow. */
  public static final Action STOP_WORKFLOW = Action.of(PREFIX, "StopWorkflow");

  /** {@code migrationhub-orchestrator:TagResource}: Tagging; on template, workflow. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code migrationhub-orchestrator:UntagResource}: Tagging; on template, workflow. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code migrationhub-orchestrator:UpdateTemplate}: Write; on template. */
  public static final Action UPDATE_TEMPLATE = Action.of(PREFIX, "UpdateTemplate");

  /** {@code migrationhub-orchestrator:UpdateWorkflow}: Write; on workflow. */
  public static final Action UPDATE_WORKFLOW = Action.of(PREFIX, "UpdateWorkflow");

  /** {@code migrationhub-orchestrator:UpdateWorkflowStep}: Write; on workflow. */
  public static final Action UPDATE_WORKFLOW_STEP = Action.of(PREFIX, "UpdateWorkflowStep");

  /** {@code migrationhub-orchestrator:UpdateWorkflowStepGroup}: Write; on workflow. */
  public static final Action UPDATE_WORKFLOW_STEP_GROUP = Action.of(PREFIX, "UpdateWorkflowStepGroup");

  private MigrationhubOrchestrator() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
