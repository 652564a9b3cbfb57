// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Data Pipeline (prefix {@code datapipeline}), as the service authorization reference lists them.
 */
public final class Datapipeline {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "datapipeline";

  /** {@code datapipeline:ActivatePipeline}: Write; on pipeline. */
  public static final Action ACTIVATE_PIPELINE = Action.of(PREFIX, "ActivatePipeline");

  /** {@code datapipeline:AddTags}: Tagging; on pipeline. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code datapipeline:CreatePipeline}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PIPELINE = Action.of(PREFIX, "CreatePipeline");

  /** {@code datapipeline:DeactivatePipeline}: Write; on pipeline. */
  public static final Action DEACTIVATE_PIPELINE = Action.of(PREFIX, "DeactivatePipeline");

  /** {@code datapipeline:DeletePipeline}: Write; on pipeline. */
  public static final Action DELETE_PIPELINE = Action.of(PREFIX, "DeletePipeline");

  /** {@code datapipeline:DescribeObjects}: Read; on pipeline. */
  public static final Action DESCRIBE_OBJECTS = Action.of(PREFIX, "DescribeObjects");

  /** {@code datapipeline:DescribePipelines}: Read; on pipeline. */
  public static final Action DESCRIBE_PIPELINES = Action.of(PREFIX, "DescribePipelines");

  /** {@code datapipeline:EvaluateExpression}: Read; on pipeline. */
  public static final Action EVALUATE_EXPRESSION = Action.of(PREFIX, "EvaluateExpression");

  /** {@code datapipeline:GetAccountLimits}: List; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_LIMITS = Action.of(PREFIX, "GetAccountLimits");

  /** {@code datapipeline:GetPipelineDefinition}: Read; on pipeline. */
  public static final Action GET_PIPELINE_DEFINITION = Action.of(PREFIX, "GetPipelineDefinition");

  /** {@code datapipeline:ListPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINES = Action.of(PREFIX, "ListPipelines");

  /** {@code datapipeline:PollForTask}: Write; on no resource type (give {@code *}). */
  public static final Action POLL_FOR_TASK = Action.of(PREFIX, "PollForTask");

  /** {@code datapipeline:PutAccountLimits}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_LIMITS = Action.of(PREFIX, "PutAccountLimits");

  /** {@code datapipeline:PutPipelineDefinition}: Write; on pipeline. */
  public static final Action PUT_PIPELINE_DEFINITION = Action.of(PREFIX, "PutPipelineDefinition");

  /** {@code datapipeline:QueryObjects}: Read; on pipeline. */
  public static final Action QUERY_OBJECTS = Action.of(PREFIX, "QueryObjects");

  /** {@code datapipeline:RemoveTags}: Tagging; on pipeline. */
  public static final Action REMOVE_TAGS = Action.of(PREFIX, "RemoveTags");

  /** {@code datapipeline:ReportTaskProgress}: Write; on pipeline. */
  public static final Action REPORT_TASK_PROGRESS = Action.of(PREFIX, "ReportTaskProgress");

  /** {@code datapipeline:ReportTaskRunnerHeartbeat}: Write; on no resource type (give {@code *}). */
  public static final Action REPORT_TASK_RUNNER_HEARTBEAT = Action.of(PREFIX, "ReportTaskRunnerHeartbeat");

  /** {@code datapipeline:SetStatus}: Write; on pipeline. */
  public static final Action SET_STATUS = Action.of(PREFIX, "SetStatus");

  /** {@code datapipeline:SetTaskStatus}: Write; on pipeline. */
  public static final Action SET_TASK_STATUS = Action.of(PREFIX, "SetTaskStatus");

  /** {@code datapipeline:ValidatePipelineDefinition}: Read; on pipeline. */
  public static final Action VALIDATE_PIPELINE_DEFINITION = Action.of(PREFIX, "ValidatePipelineDefinition");

  private Datapipeline() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
