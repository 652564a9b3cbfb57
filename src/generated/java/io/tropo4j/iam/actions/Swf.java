// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Simple Workflow Service (prefix {@code swf}), as the service authorization reference lists them.
 */
public final class Swf {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "swf";

  /** {@code swf:CancelTimer}: Write; on domain. */
  public static final Action CANCEL_TIMER = Action.of(PREFIX, "CancelTimer");

  /** {@code swf:CancelWorkflowExecution}: Write; on domain. */
  public static final Action CANCEL_WORKFLOW_EXECUTION = Action.of(PREFIX, "CancelWorkflowExecution");

  /** {@code swf:CompleteWorkflowExecution}: Write; on domain. */
  public static final Action COMPLETE_WORKFLOW_EXECUTION = Action.of(PREFIX, "CompleteWorkflowExecution");

  /** {@code swf:ContinueAsNewWorkflowExecution}: Write; on domain. */
  public static final Action CONTINUE_AS_NEW_WORKFLOW_EXECUTION = Action.of(PREFIX, "ContinueAsNewWorkflowExecution");

  /** {@code swf:CountClosedWorkflowExecutions}: Read; on domain. */
  public static final Action COUNT_CLOSED_WORKFLOW_EXECUTIONS = Action.of(PREFIX, "CountClosedWorkflowExecutions");

  /** {@code swf:CountOpenWorkflowExecutions}: Read; on domain. */
  public static final Action COUNT_OPEN_WORKFLOW_EXECUTIONS = Action.of(PREFIX, "CountOpenWorkflowExecutions");

  /** {@code swf:CountPendingActivityTasks}: Read; on domain. */
  public static final Action COUNT_PENDING_ACTIVITY_TASKS = Action.of(PREFIX, "CountPendingActivityTasks");

  /** {@code swf:CountPendingDecisionTasks}: Read; on domain. */
  public static final Action COUNT_PENDING_DECISION_TASKS = Action.of(PREFIX, "CountPendingDecisionTasks");

  /** {@code swf:DeleteActivityType}: Write; on domain. */
  public static final Action DELETE_ACTIVITY_TYPE = Action.of(PREFIX, "DeleteActivityType");

  /** {@code swf:DeleteWorkflowType}: Write; on domain. */
  public static final Action DELETE_WORKFLOW_TYPE = Action.of(PREFIX, "DeleteWorkflowType");

  /** {@code swf:DeprecateActivityType}: Write; on domain. */
  public static final Action DEPRECATE_ACTIVITY_TYPE = Action.of(PREFIX, "DeprecateActivityType");

  /** {@code swf:DeprecateDomain}: Write; on domain. */
  public static final Action DEPRECATE_DOMAIN = Action.of(PREFIX, "DeprecateDomain");

  /** {@code swf:DeprecateWorkflowType}: Write; on domain. */
  public static final Action DEPRECATE_WORKFLOW_TYPE = Action.of(PREFIX, "DeprecateWorkflowType");

  /** {@code swf:DescribeActivityType}: Read; on domain. */
  public static final Action DESCRIBE_ACTIVITY_TYPE = Action.of(PREFIX, "DescribeActivityType");

  /** {@code swf:DescribeDomain}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN = Action.of(PREFIX, "DescribeDomain");

  /** {@code swf:DescribeWorkflowExecution}: Read; on domain. */
  public static final Action DESCRIBE_WORKFLOW_EXECUTION = Action.of(PREFIX, "DescribeWorkflowExecution");

  /** {@code swf:DescribeWorkflowType}: Read; on domain. */
  public static final Action DESCRIBE_WORKFLOW_TYPE = Action.of(PREFIX, "DescribeWorkflowType");

  /** {@code swf:FailWorkflowExecution}: Write; on domain. */
  public static final Action FAIL_WORKFLOW_EXECUTION = Action.of(PREFIX, "FailWorkflowExecution");

  /** {@code swf:GetWorkflowExecutionHistory}: Read; on domain. */
  public static final Action GET_WORKFLOW_EXECUTION_HISTORY = Action.of(PREFIX, "GetWorkflowExecutionHistory");

  /** {@code swf:ListActivityTypes}: List; on domain. */
  public static final Action LIST_ACTIVITY_TYPES = Action.of(PREFIX, "ListActivityTypes");

  /** {@code swf:ListClosedWorkflowExecutions}: List; on domain. */
  public static final Action LIST_CLOSED_WORKFLOW_EXECUTIONS = Action.of(PREFIX, "ListClosedWorkflowExecutions");

  /** {@code swf:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code swf:ListOpenWorkflowExecutions}: List; on domain. */
  public static final Action LIST_OPEN_WORKFLOW_EXECUTIONS = Action.of(PREFIX, "ListOpenWorkflowExecutions");

  /** {@code swf:ListTagsForResource}: List; on domain. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code swf:ListWorkflowTypes}: List; on domain. */
  public static final Action LIST_WORKFLOW_TYPES = Action.of(PREFIX, "ListWorkflowTypes");

  /** {@code swf:PollForActivityTask}: Write; on domain. */
  public static final Action POLL_FOR_ACTIVITY_TASK = Action.of(PREFIX, "PollForActivityTask");

  /** {@code swf:PollForDecisionTask}: Write; on domain. */
  public static final Action POLL_FOR_DECISION_TASK = Action.of(PREFIX, "PollForDecisionTask");

  /** {@code swf:RecordActivityTaskHeartbeat}: Write; on domain. */
  public static final Action RECORD_ACTIVITY_TASK_HEARTBEAT = Action.of(PREFIX, "RecordActivityTaskHeartbeat");

  /** {@code swf:RecordMarker}: Write; on domain. */
  public static final Action RECORD_MARKER = Action.of(PREFIX, "RecordMarker");

  /** {@code swf:RegisterActivityType}: Write; on domain. */
  public static final Action REGISTER_ACTIVITY_TYPE = Action.of(PREFIX, "RegisterActivityType");

  /** {@code swf:RegisterDomain}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_DOMAIN = Action.of(PREFIX, "RegisterDomain");

  /** {@code swf:RegisterWorkflowType}: Write; on domain. */
  public static final Action REGISTER_WORKFLOW_TYPE = Action.of(PREFIX, "RegisterWorkflowType");

  /** {@code swf:RequestCancelActivityTask}: Write; on domain. */
  public static final Action REQUEST_CANCEL_ACTIVITY_TASK = Action.of(PREFIX, "RequestCancelActivityTask");

  /** {@code swf:RequestCancelExternalWorkflowExecution}: Write; on domain. */
  public static final Action REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION = Action.of(PREFIX, "RequestCancelExternalWorkflowExecution");

  /** {@code swf:RequestCancelWorkflowExecution}: Write; on domain. */
  public static final Action REQUEST_CANCEL_WORKFLOW_EXECUTION = Action.of(PREFIX, "RequestCancelWorkflowExecution");

  /** {@code swf:RespondActivityTaskCanceled}: Write; on domain. */
  public static final Action RESPOND_ACTIVITY_TASK_CANCELED = Action.of(PREFIX, "RespondActivityTaskCanceled");

  /** {@code swf:RespondActivityTaskCompleted}: Write; on domain. */
  public static final Action RESPOND_ACTIVITY_TASK_COMPLETED = Action.of(PREFIX, "RespondActivityTaskCompleted");

  /** {@code swf:RespondActivityTaskFailed}: Write; on domain. */
  public static final Action RESPOND_ACTIVITY_TASK_FAILED = Action.of(PREFIX, "RespondActivityTaskFailed");

  /** {@code swf:RespondDecisionTaskCompleted}: Write; on domain. */
  public static final Action RESPOND_DECISION_TASK_COMPLETED = Action.of(PREFIX, "RespondDecisionTaskCompleted");

  /** {@code swf:ScheduleActivityTask}: Write; on domain. */
  public static final Action SCHEDULE_ACTIVITY_TASK = Action.of(PREFIX, "ScheduleActivityTask");

  /** {@code swf:SignalExternalWorkflowExecution}: Write; on domain. */
  public static final Action SIGNAL_EXTERNAL_WORKFLOW_EXECUTION = Action.of(PREFIX, "SignalExternalWorkflowExecution");

  /** {@code swf:SignalWorkflowExecution}: Write; on domain. */
  public static final Action SIGNAL_WORKFLOW_EXECUTION = Action.of(PREFIX, "SignalWorkflowExecution");

  /** {@code swf:StartChildWorkflowExecution}: Write; on domain. */
  public static final Action START_CHILD_WORKFLOW_EXECUTION = Action.of(PREFIX, "StartChildWorkflowExecution");

  /** {@code swf:StartTimer}: Write; on domain. */
  public static final Action START_TIMER = Action.of(PREFIX, "StartTimer");

  /** {@code swf:StartWorkflowExecution}: Write; on domain. */
  public static final Action START_WORKFLOW_EXECUTION = Action.of(PREFIX, "StartWorkflowExecution");

  /** {@code swf:TagResource}: Tagging; on domain. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code swf:TerminateWorkflowExecution}: Write; on domain. */
  public static final Action TERMINATE_WORKFLOW_EXECUTION = Action.of(PREFIX, "TerminateWorkflowExecution");

  /** {@code swf:UndeprecateActivityType}: Write; on domain. */
  public static final Action UNDEPRECATE_ACTIVITY_TYPE = Action.of(PREFIX, "UndeprecateActivityType");

  /** {@code swf:UndeprecateDomain}: Write; on domain. */
  public static final Action UNDEPRECATE_DOMAIN = Action.of(PREFIX, "UndeprecateDomain");

  /** {@code swf:UndeprecateWorkflowType}: Write; on domain. */
  public static final Action UNDEPRECATE_WORKFLOW_TYPE = Action.of(PREFIX, "UndeprecateWorkflowType");

  /** {@code swf:UntagResource}: Tagging; on domain. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Swf() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
