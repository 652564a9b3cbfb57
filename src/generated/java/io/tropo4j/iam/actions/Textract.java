// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Textract (prefix {@code textract}), as the service authorization reference lists them.
 */
public final class Textract {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "textract";

  /** {@code textract:AnalyzeDocument}: Read; on no resource type (give {@code *}). */
  public static final Action ANALYZE_DOCUMENT = Action.of(PREFIX, "AnalyzeDocument");

  /** {@code textract:AnalyzeExpense}: Read; on no resource type (give {@code *}). */
  public static final Action ANALYZE_EXPENSE = Action.of(PREFIX, "AnalyzeExpense");

  /** {@code textract:AnalyzeID}: Read; on no resource type (give {@code *}). */
  public static final Action ANALYZE_ID = Action.of(PREFIX, "AnalyzeID");

  /** {@code textract:CreateAdapter}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADAPTER = Action.of(PREFIX, "CreateAdapter");

  /** {@code textract:CreateAdapterVersion}: Write; on adapter. */
  public static final Action CREATE_ADAPTER_VERSION = Action.of(PREFIX, "CreateAdapterVersion");

  /** {@code textract:DeleteAdapter}: Write; on adapter. */
  public static final Action DELETE_ADAPTER = Action.of(PREFIX, "DeleteAdapter");

  /** {@code textract:DeleteAdapterVersion}: Write; on adapterversion. */
  public static final Action DELETE_ADAPTER_VERSION = Action.of(PREFIX, "DeleteAdapterVersion");

  /** {@code textract:DetectDocumentText}: Read; on no resource type (give {@code *}). */
  public static final Action DETECT_DOCUMENT_TEXT = Action.of(PREFIX, "DetectDocumentText");

  /** {@code textract:GetAdapter}: Read; on adapter. */
  public static final Action GET_ADAPTER = Action.of(PREFIX, "GetAdapter");

  /** {@code textract:GetAdapterVersion}: Read; on adapterversion. */
  public static final Action GET_ADAPTER_VERSION = Action.of(PREFIX, "GetAdapterVersion");

  /** {@code textract:GetDocumentAnalysis}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOCUMENT_ANALYSIS = Action.of(PREFIX, "GetDocumentAnalysis");

  /** {@code textract:GetDocumentTextDetection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOCUMENT_TEXT_DETECTION = Action.of(PREFIX, "GetDocumentTextDetection");

  /** {@code textract:GetExpenseAnalysis}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXPENSE_ANALYSIS = Action.of(PREFIX, "GetExpenseAnalysis");

  /** {@code textract:GetLendingAnalysis}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LENDING_ANALYSIS = Action.of(PREFIX, "GetLendingAnalysis");

  /** {@code textract:GetLendingAnalysisSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LENDING_ANALYSIS_SUMMARY = Action.of(PREFIX, "GetLendingAnalysisSummary");

  /** {@code textract:ListAdapterVersions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ADAPTER_VERSIONS = Action.of(PREFIX, "ListAdapterVersions");

  /** {@code textract:ListAdapters}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ADAPTERS = Action.of(PREFIX, "ListAdapters");

  /** {@code textract:ListTagsForResource}: Read; on adapter, adapterversion. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code textract:StartDocumentAnalysis}: Write; on no resource type (give {@code *}). */
  public static final Action START_DOCUMENT_ANALYSIS = Action.of(PREFIX, "StartDocumentAnalysis");

  /** {@code textract:StartDocumentTextDetection}: Write; on no resource type (give {@code *}). */
  public static final Action START_DOCUMENT_TEXT_DETECTION = Action.of(PREFIX, "StartDocumentTextDetection");

  /** {@code textract:StartExpenseAnalysis}: Write; on no resource type (give {@code *}). */
  public static final Action START_EXPENSE_ANALYSIS = Action.of(PREFIX, "StartExpenseAnalysis");

  /** {@code textract:StartLendingAnalysis}: Write; on no resource type (give {@code *}). */
  public static final Action START_LENDING_ANALYSIS = Action.of(PREFIX, "StartLendingAnalysis");

  /** {@code textract:TagResource}: Tagging; on adapter, adapterversion. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code textract:UntagResource}: Tagging; on adapter, adapterversion. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code textract:UpdateAdapter}: Write; on adapter. */
  public static final Action UPDATE_ADAPTER = Action.of(PREFIX, "UpdateAdapter");

  private Textract() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
