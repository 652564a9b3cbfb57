// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Nova Act (prefix {@code nova-act}), as the service authorization reference lists them.
 */
public final class NovaAct {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "nova-act";

  /** {@code nova-act:CreateAct}: Write; on workflow-definition, workflow-run. */
  public static final Action CREATE_ACT = Action.of(PREFIX, "CreateAct");

  /** {@code nova-act:CreateSession}: Write; on workflow-definition, workflow-run. */
  public static final Action CREATE_SESSION = Action.of(PREFIX, "CreateSession");

  /** {@code nova-act:CreateWorkflowDefinition}: Write; on workflow-definition. */
  public static final Action CREATE_WORKFLOW_DEFINITION = Action.of(PREFIX, "CreateWorkflowDefinition");

  /** {@code nova-act:CreateWorkflowRun}: Write; on workflow-definition. */
  public static final Action CREATE_WORKFLOW_RUN = Action.of(PREFIX, "CreateWorkflowRun");

  /** {@code nova-act:DeleteWorkflowDefinition}: Write; on workflow-definition. */
  public static final Action DELETE_WORKFLOW_DEFINITION = Action.of(PREFIX, "DeleteWorkflowDefinition");

  /** {@code nova-act:DeleteWorkflowRun}: Write; on workflow-definition, workflow-run. */
  public static final Action DELETE_WORKFLOW_RUN = Action.of(PREFIX, "DeleteWorkflowRun");

  /** {@code nova-act:GetWorkflowDefinition}: Read; on workflow-definition. */
  public static final Action GET_WORKFLOW_DEFINITION = Action.of(PREFIX, "GetWorkflowDefinition");

  /** {@code nova-act:GetWorkflowRun}: Read; on workflow-definition, workflow-run. */
  public static final Action GET_WORKFLOW_RUN = Action.of(PREFIX, "GetWorkflowRun");

  /** {@code nova-act:InvokeActStep}: Write; on workflow-definition, workflow-run. */
  public static final Action INVOKE_ACT_STEP = Action.of(PREFIX, "InvokeActStep");

  /** {@code nova-act:ListActs}: Read; on workflow-definition. */
  public static final Action LIST_ACTS = Action.of(PREFIX, "ListActs");

  /** {@code nova-act:ListModels}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MODELS = Action.of(PREFIX, "ListModels");

  /** {@code nova-act:ListSessions}: Read; on workflow-definition, workflow-run. */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code nova-act:ListWorkflowDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFLOW_DEFINITIONS = Action.of(PREFIX, "ListWorkflowDefinitions");

  /** {@code nova-act:ListWorkflowRuns}: List; on workflow-definition. */
  public static final Action LIST_WORKFLOW_RUNS = Action.of(PREFIX, "ListWorkflowRuns");

  /** {@code nova-act:UpdateAct}: Write; on workflow-definition, workflow-run. */
  public static final Action UPDATE_ACT = Action.of(PREFIX, "UpdateAct");

  /** {@code nova-act:UpdateWorkflowRun}: Write; on workflow-definition, workflow-run. */
  public static final Action UPDATE_WORKFLOW_RUN = Action.of(PREFIX, "UpdateWorkflowRun");

  private NovaAct() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
