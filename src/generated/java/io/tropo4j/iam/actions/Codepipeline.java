// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodePipeline (prefix {@code codepipeline}), as the service authorization reference lists them.
 */
public final class Codepipeline {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codepipeline";

  /** {@code codepipeline:AcknowledgeJob}: Write; on no resource type (give {@code *}). */
  public static final Action ACKNOWLEDGE_JOB = Action.of(PREFIX, "AcknowledgeJob");

  /** {@code codepipeline:AcknowledgeThirdPartyJob}: Write; on no resource type (give {@code *}). */
  public static final Action ACKNOWLEDGE_THIRD_PARTY_JOB = Action.of(PREFIX, "AcknowledgeThirdPartyJob");

  /** {@code codepipeline:CreateCustomActionType}: Write; on actiontype. */
  public static final Action CREATE_CUSTOM_ACTION_TYPE = Action.of(PREFIX, "CreateCustomActionType");

  /** {@code codepipeline:CreatePipeline}: Write; on pipeline. */
  public static final Action CREATE_PIPELINE = Action.of(PREFIX, "CreatePipeline");

  /** {@code codepipeline:DeleteCustomActionType}: Write; on actiontype. */
  public static final Action DELETE_CUSTOM_ACTION_TYPE = Action.of(PREFIX, "DeleteCustomActionType");

  /** {@code codepipeline:DeletePipeline}: Write; on pipeline. */
  public static final Action DELETE_PIPELINE = Action.of(PREFIX, "DeletePipeline");

  /** {@code codepipeline:DeleteWebhook}: Write; on webhook. */
  public static final Action DELETE_WEBHOOK = Action.of(PREFIX, "DeleteWebhook");

  /** {@code codepipeline:DeregisterWebhookWithThirdParty}: Write; on webhook. */
  public static final Action DEREGISTER_WEBHOOK_WITH_THIRD_PARTY = Action.of(PREFIX, "DeregisterWebhookWithThirdParty");

  /** {@code codepipeline:DisableStageTransition}: Write; on stage. */
  public static final Action DISABLE_STAGE_TRANSITION = Action.of(PREFIX, "DisableStageTransition");

  /** {@code codepipeline:EnableStageTransition}: Write; on stage. */
  public static final Action ENABLE_STAGE_TRANSITION = Action.of(PREFIX, "EnableStageTransition");

  /** {@code codepipeline:GetActionType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACTION_TYPE = Action.of(PREFIX, "GetActionType");

  /** {@code codepipeline:GetJobDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_JOB_DETAILS = Action.of(PREFIX, "GetJobDetails");

  /** {@code codepipeline:GetPipeline}: Read; on pipeline. */
  public static final Action GET_PIPELINE = Action.of(PREFIX, "GetPipeline");

  /** {@code codepipeline:GetPipelineExecution}: Read; on pipeline. */
  public static final Action GET_PIPELINE_EXECUTION = Action.of(PREFIX, "GetPipelineExecution");

  /** {@code codepipeline:GetPipelineState}: Read; on pipeline. */
  public static final Action GET_PIPELINE_STATE = Action.of(PREFIX, "GetPipelineState");

  /** {@code codepipeline:GetThirdPartyJobDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_THIRD_PARTY_JOB_DETAILS = Action.of(PREFIX, "GetThirdPartyJobDetails");

  /** {@code codepipeline:ListActionExecutions}: Read; on pipeline. */
  public static final Action LIST_ACTION_EXECUTIONS = Action.of(PREFIX, "ListActionExecutions");

  /** {@code codepipeline:ListActionTypes}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ACTION_TYPES = Action.of(PREFIX, "ListActionTypes");

  /** {@code codepipeline:ListDeployActionExecutionTargets}: Read; on pipeline. */
  public static final Action LIST_DEPLOY_ACTION_EXECUTION_TARGETS = Action.of(PREFIX, "ListDeployActionExecutionTargets");

  /** {@code codepipeline:ListPipelineExecutions}: List; on pipeline. */
  public static final Action LIST_PIPELINE_EXECUTIONS = Action.of(PREFIX, "ListPipelineExecutions");

  /** {@code codepipeline:ListPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINES = Action.of(PREFIX, "ListPipelines");

  /** {@code codepipeline:ListRuleExecutions}: Read; on pipeline. */
  public static final Action LIST_RULE_EXECUTIONS = Action.of(PREFIX, "ListRuleExecutions");

  /** {@code codepipeline:ListRuleTypes}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RULE_TYPES = Action.of(PREFIX, "ListRuleTypes");

  /** {@code codepipeline:ListTagsForResource}: Read; on actiontype, pipeline, webhook. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codepipeline:ListWebhooks}: List; on webhook. */
  public static final Action LIST_WEBHOOKS = Action.of(PREFIX, "ListWebhooks");

  /** {@code codepipeline:OverrideStageCondition}: Write; on stage. */
  public static final Action OVERRIDE_STAGE_CONDITION = Action.of(PREFIX, "OverrideStageCondition");

  /** {@code codepipeline:PollForJobs}: Write; on actiontype. */
  public static final Action POLL_FOR_JOBS = Action.of(PREFIX, "PollForJobs");

  /** {@code codepipeline:PollForThirdPartyJobs}: Write; on no resource type (give {@code *}). */
  public static final Action POLL_FOR_THIRD_PARTY_JOBS = Action.of(PREFIX, "PollForThirdPartyJobs");

  /** {@code codepipeline:PutActionRevision}: Write; on action. */
  public static final Action PUT_ACTION_REVISION = Action.of(PREFIX, "PutActionRevision");

  /** {@code codepipeline:PutApprovalResult}: Write; on action. */
  public static final Action PUT_APPROVAL_RESULT = Action.of(PREFIX, "PutApprovalResult");

  /** {@code codepipeline:PutJobFailureResult}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_JOB_FAILURE_RESULT = Action.of(PREFIX, "PutJobFailureResult");

  /** {@code codepipeline:PutJobSuccessResult}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_JOB_SUCCESS_RESULT = Action.of(PREFIX, "PutJobSuccessResult");

  /** {@code codepipeline:PutThirdPartyJobFailureResult}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_THIRD_PARTY_JOB_FAILURE_RESULT = Action.of(PREFIX, "PutThirdPartyJobFailureResult");

  /** {@code codepipeline:PutThirdPartyJobSuccessResult}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_THIRD_PARTY_JOB_SUCCESS_RESULT = Action.of(PREFIX, "PutThirdPartyJobSuccessResult");

  /** {@code codepipeline:PutWebhook}: Write; on pipeline, webhook. */
  public static final Action PUT_WEBHOOK = Action.of(PREFIX, "PutWebhook");

  /** {@code codepipeline:RegisterWebhookWithThirdParty}: Write; on webhook. */
  public static final Action REGISTER_WEBHOOK_WITH_THIRD_PARTY = Action.of(PREFIX, "RegisterWebhookWithThirdParty");

  /** {@code codepipeline:RetryStageExecution}: Write; on stage. */
  public static final Action RETRY_STAGE_EXECUTION = Action.of(PREFIX, "RetryStageExecution");

  /** {@code codepipeline:RollbackStage}: Write; on stage. */
  public static final Action ROLLBACK_STAGE = Action.of(PREFIX, "RollbackStage");

  /** {@code codepipeline:StartPipelineExecution}: Write; on pipeline. */
  public static final Action START_PIPELINE_EXECUTION = Action.of(PREFIX, "StartPipelineExecution");

  /** {@code codepipeline:StopPipelineExecution}: Write; on pipeline. */
  public static final Action STOP_PIPELINE_EXECUTION = Action.of(PREFIX, "StopPipelineExecution");

  /** {@code codepipeline:TagResource}: Tagging; on actiontype, pipeline, webhook. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codepipeline:UntagResource}: Tagging; on actiontype, pipeline, webhook. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codepipeline:UpdateActionType}: Write; on actiontype. */
  public static final Action UPDATE_ACTION_TYPE = Action.of(PREFIX, "UpdateActionType");

  /** {@code codepipeline:UpdatePipeline}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE = Action.of(PREFIX, "UpdatePipeline");

  private Codepipeline() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
