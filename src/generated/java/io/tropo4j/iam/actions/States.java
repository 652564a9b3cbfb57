// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Step Functions (prefix {@code states}), as the service authorization reference lists them.
 */
public final class States {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "states";

  /** {@code states:CreateActivity}: Write; on activity. */
  public static final Action CREATE_ACTIVITY = Action.of(PREFIX, "CreateActivity");

  /** {@code states:CreateStateMachine}: Write; on statemachine. */
  public static final Action CREATE_STATE_MACHINE = Action.of(PREFIX, "CreateStateMachine");

  /** {@code states:CreateStateMachineAlias}: Write; on statemachine. */
  public static final Action CREATE_STATE_MACHINE_ALIAS = Action.of(PREFIX, "CreateStateMachineAlias");

  /** {@code states:DeleteActivity}: Write; on activity. */
  public static final Action DELETE_ACTIVITY = Action.of(PREFIX, "DeleteActivity");

  /** {@code states:DeleteStateMachine}: Write; on statemachine. */
  public static final Action DELETE_STATE_MACHINE = Action.of(PREFIX, "DeleteStateMachine");

  /** {@code states:DeleteStateMachineAlias}: Write; on statemachine. */
  public static final Action DELETE_STATE_MACHINE_ALIAS = Action.of(PREFIX, "DeleteStateMachineAlias");

  /** {@code states:DeleteStateMachineVersion}: Write; on statemachine. */
  public static final Action DELETE_STATE_MACHINE_VERSION = Action.of(PREFIX, "DeleteStateMachineVersion");

  /** {@code states:DescribeActivity}: Read; on activity. */
  public static final Action DESCRIBE_ACTIVITY = Action.of(PREFIX, "DescribeActivity");

  /** {@code states:DescribeExecution}: Read; on execution, express. */
  public static final Action DESCRIBE_EXECUTION = Action.of(PREFIX, "DescribeExecution");

  /** {@code states:DescribeMapRun}: Read; on maprun. */
  public static final Action DESCRIBE_MAP_RUN = Action.of(PREFIX, "DescribeMapRun");

  /** {@code states:DescribeStateMachine}: Read; on statemachine. */
  public static final Action DESCRIBE_STATE_MACHINE = Action.of(PREFIX, "DescribeStateMachine");

  /** {@code states:DescribeStateMachineAlias}: Read; on statemachine. */
  public static final Action DESCRIBE_STATE_MACHINE_ALIAS = Action.of(PREFIX, "DescribeStateMachineAlias");

  /** {@code states:DescribeStateMachineForExecution}: Read; on execution. */
  public static final Action DESCRIBE_STATE_MACHINE_FOR_EXECUTION = Action.of(PREFIX, "DescribeStateMachineForExecution");

  /** {@code states:GetActivityTask}: Write; on activity. */
  public static final Action GET_ACTIVITY_TASK = Action.of(PREFIX, "GetActivityTask");

  /** {@code states:GetExecutionHistory}: Read; on execution. */
  public static final Action GET_EXECUTION_HISTORY = Action.of(PREFIX, "GetExecutionHistory");

  /** {@code states:InvokeHTTPEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action INVOKE_HTTP_ENDPOINT = Action.of(PREFIX, "InvokeHTTPEndpoint");

  /** {@code states:ListActivities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACTIVITIES = Action.of(PREFIX, "ListActivities");

  /** {@code states:ListExecutions}: List; on maprun, statemachine. */
  public static final Action LIST_EXECUTIONS = Action.of(PREFIX, "ListExecutions");

  /** {@code states:ListMapRuns}: List; on execution. */
  public static final Action LIST_MAP_RUNS = Action.of(PREFIX, "ListMapRuns");

  /** {@code states:ListStateMachineAliases}: List; on statemachine. */
  public static final Action LIST_STATE_MACHINE_ALIASES = Action.of(PREFIX, "ListStateMachineAliases");

  /** {@code states:ListStateMachineVersions}: List; on statemachine. */
  public static final Action LIST_STATE_MACHINE_VERSIONS = Action.of(PREFIX, "ListStateMachineVersions");

  /** {@code states:ListStateMachines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STATE_MACHINES = Action.of(PREFIX, "ListStateMachines");

  /** {@code states:ListTagsForResource}: List; on activity, statemachine. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code states:PublishStateMachineVersion}: Write; on statemachine. */
  public static final Action PUBLISH_STATE_MACHINE_VERSION = Action.of(PREFIX, "PublishStateMachineVersion");

  /** {@code states:RedriveExecution}: Write; on execution. */
  public static final Action REDRIVE_EXECUTION = Action.of(PREFIX, "RedriveExecution");

  /** {@code states:RevealSecrets}: Read; on no resource type (give {@code *}). */
  public static final Action REVEAL_SECRETS = Action.of(PREFIX, "RevealSecrets");

  /** {@code states:SendTaskFailure}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_TASK_FAILURE = Action.of(PREFIX, "SendTaskFailure");

  /** {@code states:SendTaskHeartbeat}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_TASK_HEARTBEAT = Action.of(PREFIX, "SendTaskHeartbeat");

  /** {@code states:SendTaskSuccess}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_TASK_SUCCESS = Action.of(PREFIX, "SendTaskSuccess");

  /** {@code states:StartExecution}: Write; on statemachine. */
  public static final Action START_EXECUTION = Action.of(PREFIX, "StartExecution");

  /** {@code states:StartSyncExecution}: Write; on statemachine. */
  public static final Action START_SYNC_EXECUTION = Action.of(PREFIX, "StartSyncExecution");

  /** {@code states:StopExecution}: Write; on execution. */
  public static final Action STOP_EXECUTION = Action.of(PREFIX, "StopExecution");

  /** {@code states:TagResource}: Tagging; on activity, statemachine. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code states:TestState}: Write; on no resource type (give {@code *}). */
  public static final Action TEST_STATE = Action.of(PREFIX, "TestState");

  /** {@code states:UntagResource}: Tagging; on activity, statemachine. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code states:UpdateMapRun}: Write; on maprun. */
  public static final Action UPDATE_MAP_RUN = Action.of(PREFIX, "UpdateMapRun");

  /** {@code states:UpdateStateMachine}: Write; on statemachine. */
  public static final Action UPDATE_STATE_MACHINE = Action.of(PREFIX, "UpdateStateMachine");

  /** {@code states:UpdateStateMachineAlias}: Write; on statemachine. */
  public static final Action UPDATE_STATE_MACHINE_ALIAS = Action.of(PREFIX, "UpdateStateMachineAlias");

  /** {@code states:ValidateStateMachineDefinition}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_STATE_MACHINE_DEFINITION = Action.of(PREFIX, "ValidateStateMachineDefinition");

  private States() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
