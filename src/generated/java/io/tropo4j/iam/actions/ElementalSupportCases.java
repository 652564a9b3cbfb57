// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental Support Cases (prefix {@code elemental-support-cases}), as the service authorization reference lists them.
 */
public final class ElementalSupportCases {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elemental-support-cases";

  /** {@code elemental-support-cases:AddCaseComment}: Write; on case. */
  public static final Action ADD_CASE_COMMENT = Action.of(PREFIX, "AddCaseComment");

  /** {@code elemental-support-cases:CheckCasePermission}: Write; on no resource type (give {@code *}). */
  public static final Action CHECK_CASE_PERMISSION = Action.of(PREFIX, "CheckCasePermission");

  /** {@code elemental-support-cases:CompleteMultipartUpload}: Write; on case. */
  public static final Action COMPLETE_MULTIPART_UPLOAD = Action.of(PREFIX, "CompleteMultipartUpload");

  /** {@code elemental-support-cases:CreateCase}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CASE = Action.of(PREFIX, "CreateCase");

  /** {@code elemental-support-cases:CreateS3CLIUploadCommand}: Write; on case. */
  public static final Action CREATE_S3_CLI_UPLOAD_COMMAND = Action.of(PREFIX, "CreateS3CLIUploadCommand");

  /** {@code elemental-support-cases:CreateS3DownloadUrl}: Write; on case. */
  public static final Action CREATE_S3_DOWNLOAD_URL = Action.of(PREFIX, "CreateS3DownloadUrl");

  /** {@code elemental-support-cases:GetCase}: Read; on case. */
  public static final Action GET_CASE = Action.of(PREFIX, "GetCase");

  /** {@code elemental-support-cases:GetCasePermission}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CASE_PERMISSION = Action.of(PREFIX, "GetCasePermission");

  /** {@code elemental-support-cases:GetCases}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CASES = Action.of(PREFIX, "GetCases");

  /** {@code elemental-support-cases:GetUICache}: Read; on no resource type (give {@code *}). */
  public static final Action GET_UI_CACHE = Action.of(PREFIX, "GetUICache");

  /** {@code elemental-support-cases:ListTagsForCase}: Read; on case. */
  public static final Action LIST_TAGS_FOR_CASE = Action.of(PREFIX, "ListTagsForCase");

  /** {@code elemental-support-cases:StartMultipartUpload}: Write; on case. */
  public static final Action START_MULTIPART_UPLOAD = Action.of(PREFIX, "StartMultipartUpload");

  /** {@code elemental-support-cases:TagCase}: Tagging; on case. */
  public static final Action TAG_CASE = Action.of(PREFIX, "TagCase");

  /** {@code elemental-support-cases:UntagCase}: Tagging; on case. */
  public static final Action UNTAG_CASE = Action.of(PREFIX, "UntagCase");

  /** {@code elemental-support-cases:UpdateCase}: Write; on case. */
  public static final Action UPDATE_CASE = Action.of(PREFIX, "UpdateCase");

  /** {@code elemental-support-cases:UpdateCaseStatus}: Write; on case. */
  public static final Action UPDATE_CASE_STATUS = Action.of(PREFIX, "UpdateCaseStatus");

  /** {@code elemental-support-cases:UpdateMultipartUpload}: Write; on case. */
  public static final Action UPDATE_MULTIPART_UPLOAD = Action.of(PREFIX, "UpdateMultipartUpload");

  private ElementalSupportCases() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
