// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Braket (prefix {@code braket}), as the service authorization reference lists them.
 */
public final class Braket {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "braket";

  /** {@code braket:AcceptUserAgreement}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_USER_AGREEMENT = Action.of(PREFIX, "AcceptUserAgreement");

  /** {@code braket:CancelJob}: Write; on job. */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code braket:CancelQuantumTask}: Write; on quantum-task. */
  public static final Action CANCEL_QUANTUM_TASK = Action.of(PREFIX, "CancelQuantumTask");

  /** {@code braket:CreateJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code braket:CreateQuantumTask}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_QUANTUM_TASK = Action.of(PREFIX, "CreateQuantumTask");

  /** {@code braket:CreateSpendingLimit}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SPENDING_LIMIT = Action.of(PREFIX, "CreateSpendingLimit");

  /** {@code braket:DeleteSpendingLimit}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SPENDING_LIMIT = Action.of(PREFIX, "DeleteSpendingLimit");

  /** {@code braket:GetDevice}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEVICE = Action.of(PREFIX, "GetDevice");

  /** {@code braket:GetJob}: Read; on job. */
  public static final Action GET_JOB = Action.of(PREFIX, "GetJob");

  /** {@code braket:GetQuantumTask}: Read; on quantum-task. */
  public static final Action GET_QUANTUM_TASK = Action.of(PREFIX, "GetQuantumTask");

  /** {@code braket:GetServiceLinkedRoleStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_LINKED_ROLE_STATUS = Action.of(PREFIX, "GetServiceLinkedRoleStatus");

  /** {@code braket:GetUserAgreementStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_AGREEMENT_STATUS = Action.of(PREFIX, "GetUserAgreementStatus");

  /** {@code braket:ListTagsForResource}: Read; on job, quantum-task, spending-limit. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code braket:SearchDevices}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_DEVICES = Action.of(PREFIX, "SearchDevices");

  /** {@code braket:SearchJobs}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_JOBS = Action.of(PREFIX, "SearchJobs");

  /** {@code braket:SearchQuantumTasks}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_QUANTUM_TASKS = Action.of(PREFIX, "SearchQuantumTasks");

  /** {@code braket:SearchSpendingLimits}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_SPENDING_LIMITS = Action.of(PREFIX, "SearchSpendingLimits");

  /** {@code braket:TagResource}: Tagging; on job, quantum-task, spending-limit. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code braket:UntagResource}: Tagging; on job, quantum-task, spending-limit. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code braket:UpdateSpendingLimit}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SPENDING_LIMIT = Action.of(PREFIX, "UpdateSpendingLimit");

  private Braket() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
