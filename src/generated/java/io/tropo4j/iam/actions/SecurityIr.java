// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Security Incident Response (prefix {@code security-ir}), as the service authorization reference lists them.
 */
public final class SecurityIr {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "security-ir";

  /** {@code security-ir:BatchGetMemberAccountDetails}: Read; on membership. */
  public static final Action BATCH_GET_MEMBER_ACCOUNT_DETAILS = Action.of(PREFIX, "BatchGetMemberAccountDetails");

  /** {@code security-ir:CancelMembership}: Write; on membership. */
  public static final Action CANCEL_MEMBERSHIP = Action.of(PREFIX, "CancelMembership");

  /** {@code security-ir:CloseCase}: Write; on case. */
  public static final Action CLOSE_CASE = Action.of(PREFIX, "CloseCase");

  /** {@code security-ir:CreateCase}: Write; on case. */
  public static final Action CREATE_CASE = Action.of(PREFIX, "CreateCase");

  /** {@code security-ir:CreateCaseComment}: Write; on case. */
  public static final Action CREATE_CASE_COMMENT = Action.of(PREFIX, "CreateCaseComment");

  /** {@code security-ir:CreateMembership}: Write; on membership. */
  public static final Action CREATE_MEMBERSHIP = Action.of(PREFIX, "CreateMembership");

  /** {@code security-ir:GetCase}: Read; on case. */
  public static final Action GET_CASE = Action.of(PREFIX, "GetCase");

  /** {@code security-ir:GetCaseAttachmentDownloadUrl}: Read; on case. */
  public static final Action GET_CASE_ATTACHMENT_DOWNLOAD_URL = Action.of(PREFIX, "GetCaseAttachmentDownloadUrl");

  /** {@code security-ir:GetCaseAttachmentUploadUrl}: Write; on case. */
  public static final Action GET_CASE_ATTACHMENT_UPLOAD_URL = Action.of(PREFIX, "GetCaseAttachmentUploadUrl");

  /** {@code security-ir:GetMembership}: Read; on membership. */
  public static final Action GET_MEMBERSHIP = Action.of(PREFIX, "GetMembership");

  /** {@code security-ir:ListCaseEdits}: Read; on case. */
  public static final Action LIST_CASE_EDITS = Action.of(PREFIX, "ListCaseEdits");

  /** {@code security-ir:ListCases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CASES = Action.of(PREFIX, "ListCases");

  /** {@code security-ir:ListComments}: Read; on case. */
  public static final Action LIST_COMMENTS = Action.of(PREFIX, "ListComments");

  /** {@code security-ir:ListInvestigations}: Read; on case. */
  public static final Action LIST_INVESTIGATIONS = Action.of(PREFIX, "ListInvestigations");

  /** {@code security-ir:ListMemberships}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEMBERSHIPS = Action.of(PREFIX, "ListMemberships");

  /** {@code security-ir:ListTagsForResource}: Read; on case, membership. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code security-ir:SendFeedback}: Write; on case. */
  public static final Action SEND_FEEDBACK = Action.of(PREFIX, "SendFeedback");

  /** {@code security-ir:TagResource}: Tagging; on case, membership. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code security-ir:UntagResource}: Tagging; on case, membership. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code security-ir:UpdateCase}: Write; on case. */
  public static final Action UPDATE_CASE = Action.of(PREFIX, "UpdateCase");

  /** {@code security-ir:UpdateCaseComment}: Write; on case. */
  public static final Action UPDATE_CASE_COMMENT = Action.of(PREFIX, "UpdateCaseComment");

  /** {@code security-ir:UpdateCaseStatus}: Write; on case. */
  public static final Action UPDATE_CASE_STATUS = Action.of(PREFIX, "UpdateCaseStatus");

  /** {@code security-ir:UpdateMembership}: Write; on membership. */
  public static final Action UPDATE_MEMBERSHIP = Action.of(PREFIX, "UpdateMembership");

  /** {@code security-ir:UpdateResolverType}: Write; on case. */
  public static final Action UPDATE_RESOLVER_TYPE = Action.of(PREFIX, "UpdateResolverType");

  private SecurityIr() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
