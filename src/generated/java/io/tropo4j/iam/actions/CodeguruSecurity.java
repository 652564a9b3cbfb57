// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CodeGuru Security (prefix {@code codeguru-security}), as the service authorization reference lists them.
 */
public final class CodeguruSecurity {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codeguru-security";

  /** {@code codeguru-security:BatchGetFindings}: Read; on ScanName. */
  public static final Action BATCH_GET_FINDINGS = Action.of(PREFIX, "BatchGetFindings");

  /** {@code codeguru-security:CreateScan}: Write; on ScanName. */
  public static final Action CREATE_SCAN = Action.of(PREFIX, "CreateScan");

  /** {@code codeguru-security:CreateUploadUrl}: Write; on ScanName. */
  public static final Action CREATE_UPLOAD_URL = Action.of(PREFIX, "CreateUploadUrl");

  /** {@code codeguru-security:DeleteScansByCategory}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SCANS_BY_CATEGORY = Action.of(PREFIX, "DeleteScansByCategory");

  /** {@code codeguru-security:GetAccountConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "GetAccountConfiguration");

  /** {@code codeguru-security:GetFindings}: List; on ScanName. */
  public static final Action GET_FINDINGS = Action.of(PREFIX, "GetFindings");

  /** {@code codeguru-security:GetMetricsSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METRICS_SUMMARY = Action.of(PREFIX, "GetMetricsSummary");

  /** {@code codeguru-security:GetScan}: Read; on ScanName. */
  public static final Action GET_SCAN = Action.of(PREFIX, "GetScan");

  /** {@code codeguru-security:ListFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code codeguru-security:ListFindingsMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS_METRICS = Action.of(PREFIX, "ListFindingsMetrics");

  /** {@code codeguru-security:ListScans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCANS = Action.of(PREFIX, "ListScans");

  /** {@code codeguru-security:ListTagsForResource}: Read; on ScanName. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codeguru-security:TagResource}: Tagging; on ScanName. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codeguru-security:UntagResource}: Tagging; on ScanName. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codeguru-security:UpdateAccountConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "UpdateAccountConfiguration");

  private CodeguruSecurity() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
