// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS MWAA Serverless (prefix {@code airflow-serverless}), as the service authorization reference lists them.
 */
public final class AirflowServerless {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "airflow-serverless";

  /** {@code airflow-serverless:CreateWorkflow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKFLOW = Action.of(PREFIX, "CreateWorkflow");

  /** {@code airflow-serverless:DeleteWorkflow}: Write; on Workflow. */
  public static final Action DELETE_WORKFLOW = Action.of(PREFIX, "DeleteWorkflow");

  /** {@code airflow-serverless:GetTaskInstance}: Read; on Workflow. */
  public static final Action GET_TASK_INSTANCE = Action.of(PREFIX, "GetTaskInstance");

  /** {@code airflow-serverless:GetWorkflow}: Read; on Workflow. */
  public static final Action GET_WORKFLOW = Action.of(PREFIX, "GetWorkflow");

  /** {@code airflow-serverless:GetWorkflowRun}: Read; on Workflow. */
  public static final Action GET_WORKFLOW_RUN = Action.of(PREFIX, "GetWorkflowRun");

  /** {@code airflow-serverless:ListTagsForResource}: Read; on Workflow. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code airflow-serverless:ListTaskInstances}: List; on Workflow. */
  public static final Action LIST_TASK_INSTANCES = Action.of(PREFIX, "ListTaskInstances");

  /** {@code airflow-serverless:ListWorkflowRuns}: List; on Workflow. */
  public static final Action LIST_WORKFLOW_RUNS = Action.of(PREFIX, "ListWorkflowRuns");

  /** {@code airflow-serverless:ListWorkflowVersions}: List; on Workflow. */
  public static final Action LIST_WORKFLOW_VERSIONS = Action.of(PREFIX, "ListWorkflowVersions");

  /** {@code airflow-serverless:ListWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFLOWS = Action.of(PREFIX, "ListWorkflows");

  /** {@code airflow-serverless:StartWorkflowRun}: Write; on Workflow. */
  public static final Action START_WORKFLOW_RUN = Action.of(PREFIX, "StartWorkflowRun");

  /** {@code airflow-serverless:StopWorkflowRun}: Write; on Workflow. */
  public static final Action STOP_WORKFLOW_RUN = Action.of(PREFIX, "StopWorkflowRun");

  /** {@code airflow-serverless:TagResource}: Tagging; on Workflow. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code airflow-serverless:UntagResource}: Tagging; on Workflow. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code airflow-serverless:UpdateWorkflow}: Write; on Workflow. */
  public static final Action UPDATE_WORKFLOW = Action.of(PREFIX, "UpdateWorkflow");

  private AirflowServerless() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
