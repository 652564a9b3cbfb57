// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Support Console (prefix {@code support-console}), as the service authorization reference lists them.
 */
public final class SupportConsole {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "support-console";

  /** {@code support-console:CheckSubscription}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_SUBSCRIPTION = Action.of(PREFIX, "CheckSubscription");

  /** {@code support-console:CreateCaseDraft}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CASE_DRAFT = Action.of(PREFIX, "CreateCaseDraft");

  /** {@code support-console:CreateContact}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTACT = Action.of(PREFIX, "CreateContact");

  /** {@code support-console:DeleteCaseDraft}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CASE_DRAFT = Action.of(PREFIX, "DeleteCaseDraft");

  /** {@code support-console:DescribeDynamicHelp}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DYNAMIC_HELP = Action.of(PREFIX, "DescribeDynamicHelp");

  /** {@code support-console:GetAccountGovCloudEnabled}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_GOV_CLOUD_ENABLED = Action.of(PREFIX, "GetAccountGovCloudEnabled");

  /** {@code support-console:GetAccountState}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_STATE = Action.of(PREFIX, "GetAccountState");

  /** {@code support-console:GetBanner}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BANNER = Action.of(PREFIX, "GetBanner");

  /** {@code support-console:GetCaseDraft}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CASE_DRAFT = Action.of(PREFIX, "GetCaseDraft");

  /** {@code support-console:GetIssueClassificationPredictions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ISSUE_CLASSIFICATION_PREDICTIONS = Action.of(PREFIX, "GetIssueClassificationPredictions");

  /** {@code support-console:GetIssueTextSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ISSUE_TEXT_SUMMARY = Action.of(PREFIX, "GetIssueTextSummary");

  /** {@code support-console:GetQuestionnaire}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUESTIONNAIRE = Action.of(PREFIX, "GetQuestionnaire");

  /** {@code support-console:SaveFeedback}: Write; on no resource type (give {@code *}). */
  public static final Action SAVE_FEEDBACK = Action.of(PREFIX, "SaveFeedback");

  private SupportConsole() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
