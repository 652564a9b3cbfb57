// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Mechanical Turk (prefix {@code mechanicalturk}), as the service authorization reference lists them.
 */
public final class Mechanicalturk {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mechanicalturk";

  /** {@code mechanicalturk:AcceptQualificationRequest}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_QUALIFICATION_REQUEST = Action.of(PREFIX, "AcceptQualificationRequest");

  /** {@code mechanicalturk:ApproveAssignment}: Write; on no resource type (give {@code *}). */
  public static final Action APPROVE_ASSIGNMENT = Action.of(PREFIX, "ApproveAssignment");

  /** {@code mechanicalturk:AssociateQualificationWithWorker}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_QUALIFICATION_WITH_WORKER = Action.of(PREFIX, "AssociateQualificationWithWorker");

  /** {@code mechanicalturk:CreateAdditionalAssignmentsForHIT}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADDITIONAL_ASSIGNMENTS_FOR_HIT = Action.of(PREFIX, "CreateAdditionalAssignmentsForHIT");

  /** {@code mechanicalturk:CreateHIT}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HIT = Action.of(PREFIX, "CreateHIT");

  /** {@code mechanicalturk:CreateHITType}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HIT_TYPE = Action.of(PREFIX, "CreateHITType");

  /** {@code mechanicalturk:CreateHITWithHITType}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HIT_WITH_HIT_TYPE = Action.of(PREFIX, "CreateHITWithHITType");

  /** {@code mechanicalturk:CreateQualificationType}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_QUALIFICATION_TYPE = Action.of(PREFIX, "CreateQualificationType");

  /** {@code mechanicalturk:CreateWorkerBlock}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKER_BLOCK = Action.of(PREFIX, "CreateWorkerBlock");

  /** {@code mechanicalturk:DeleteHIT}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_HIT = Action.of(PREFIX, "DeleteHIT");

  /** {@code mechanicalturk:DeleteQualificationType}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_QUALIFICATION_TYPE = Action.of(PREFIX, "DeleteQualificationType");

  /** {@code mechanicalturk:DeleteWorkerBlock}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_WORKER_BLOCK = Action.of(PREFIX, "DeleteWorkerBlock");

  /** {@code mechanicalturk:DisassociateQualificationFromWorker}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_QUALIFICATION_FROM_WORKER = Action.of(PREFIX, "DisassociateQualificationFromWorker");

  /** {@code mechanicalturk:GetAccountBalance}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_BALANCE = Action.of(PREFIX, "GetAccountBalance");

  /** {@code mechanicalturk:GetAssignment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSIGNMENT = Action.of(PREFIX, "GetAssignment");

  /** {@code mechanicalturk:GetFileUploadURL}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FILE_UPLOAD_URL = Action.of(PREFIX, "GetFileUploadURL");

  /** {@code mechanicalturk:GetHIT}: Read; on no resource type (give {@code *}). */
  public static final Action GET_HIT = Action.of(PREFIX, "GetHIT");

  /** {@code mechanicalturk:GetQualificationScore}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUALIFICATION_SCORE = Action.of(PREFIX, "GetQualificationScore");

  /** {@code mechanicalturk:GetQualificationType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUALIFICATION_TYPE = Action.of(PREFIX, "GetQualificationType");

  /** {@code mechanicalturk:ListAssignmentsForHIT}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSIGNMENTS_FOR_HIT = Action.of(PREFIX, "ListAssignmentsForHIT");

  /** {@code mechanicalturk:ListBonusPayments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BONUS_PAYMENTS = Action.of(PREFIX, "ListBonusPayments");

  /** {@code mechanicalturk:ListHITs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HI_TS = Action.of(PREFIX, "ListHITs");

  /** {@code mechanicalturk:ListHITsForQualificationType}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HI_TS_FOR_QUALIFICATION_TYPE = Action.of(PREFIX, "ListHITsForQualificationType");

  /** {@code mechanicalturk:ListQualificationRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_QUALIFICATION_REQUESTS = Action.of(PREFIX, "ListQualificationRequests");

  /** {@code mechanicalturk:ListQualificationTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_QUALIFICATION_TYPES = Action.of(PREFIX, "ListQualificationTypes");

  /** {@code mechanicalturk:ListReviewPolicyResultsForHIT}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REVIEW_POLICY_RESULTS_FOR_HIT = Action.of(PREFIX, "ListReviewPolicyResultsForHIT");

  /** {@code mechanicalturk:ListReviewableHITs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REVIEWABLE_HI_TS = Action.of(PREFIX, "ListReviewableHITs");

  /** {@code mechanicalturk:ListWorkerBlocks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKER_BLOCKS = Action.of(PREFIX, "ListWorkerBlocks");

  /** {@code mechanicalturk:ListWorkersWithQualificationType}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKERS_WITH_QUALIFICATION_TYPE = Action.of(PREFIX, "ListWorkersWithQualificationType");

  /** {@code mechanicalturk:NotifyWorkers}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_WORKERS = Action.of(PREFIX, "NotifyWorkers");

  /** {@code mechanicalturk:RejectAssignment}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_ASSIGNMENT = Action.of(PREFIX, "RejectAssignment");

  /** {@code mechanicalturk:RejectQualificationRequest}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_QUALIFICATION_REQUEST = Action.of(PREFIX, "RejectQualificationRequest");

  /** {@code mechanicalturk:SendBonus}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_BONUS = Action.of(PREFIX, "SendBonus");

  /** {@code mechanicalturk:SendTestEventNotification}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_TEST_EVENT_NOTIFICATION = Action.of(PREFIX, "SendTestEventNotification");

  /** {@code mechanicalturk:UpdateExpirationForHIT}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EXPIRATION_FOR_HIT = Action.of(PREFIX, "UpdateExpirationForHIT");

  /** {@code mechanicalturk:UpdateHITReviewStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_HIT_REVIEW_STATUS = Action.of(PREFIX, "UpdateHITReviewStatus");

  /** {@code mechanicalturk:UpdateHITTypeOfHIT}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_HIT_TYPE_OF_HIT = Action.of(PREFIX, "UpdateHITTypeOfHIT");

  /** {@code mechanicalturk:UpdateNotificationSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_NOTIFICATION_SETTINGS = Action.of(PREFIX, "UpdateNotificationSettings");

  /** {@code mechanicalturk:UpdateQualificationType}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_QUALIFICATION_TYPE = Action.of(PREFIX, "UpdateQualificationType");

  private Mechanicalturk() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
