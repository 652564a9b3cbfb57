// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Support (prefix {@code support}), as the service authorization reference lists them.
 */
public final class Support {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "support";

  /** {@code support:AddAttachmentsToSet}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_ATTACHMENTS_TO_SET = Action.of(PREFIX, "AddAttachmentsToSet");

  /** {@code support:AddCommunicationToCase}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_COMMUNICATION_TO_CASE = Action.of(PREFIX, "AddCommunicationToCase");

  /** {@code support:CreateCase}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CASE = Action.of(PREFIX, "CreateCase");

  /** {@code support:DescribeAttachment}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ATTACHMENT = Action.of(PREFIX, "DescribeAttachment");

  /** {@code support:DescribeCaseAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CASE_ATTRIBUTES = Action.of(PREFIX, "DescribeCaseAttributes");

  /** {@code support:DescribeCaseOptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CASE_OPTIONS = Action.of(PREFIX, "DescribeCaseOptions");

  /** {@code support:DescribeCases}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CASES = Action.of(PREFIX, "DescribeCases");

  /** {@code support:DescribeCommunication}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMMUNICATION = Action.of(PREFIX, "DescribeCommunication");

  /** {@code support:DescribeCommunications}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMMUNICATIONS = Action.of(PREFIX, "DescribeCommunications");

  /** {@code support:DescribeCreateCaseOptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CREATE_CASE_OPTIONS = Action.of(PREFIX, "DescribeCreateCaseOptions");

  /** {@code support:DescribeIssueTypes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ISSUE_TYPES = Action.of(PREFIX, "DescribeIssueTypes");

  /** {@code support:DescribeServices}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICES = Action.of(PREFIX, "DescribeServices");

  /** {@code support:DescribeSeverityLevels}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SEVERITY_LEVELS = Action.of(PREFIX, "DescribeSeverityLevels");

  /** {@code support:DescribeSupportLevel}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SUPPORT_LEVEL = Action.of(PREFIX, "DescribeSupportLevel");

  /** {@code support:DescribeSupportedLanguages}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SUPPORTED_LANGUAGES = Action.of(PREFIX, "DescribeSupportedLanguages");

  /** {@code support:DescribeTrustedAdvisorCheckRefreshStatuses}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUSTED_ADVISOR_CHECK_REFRESH_STATUSES = Action.of(PREFIX, "DescribeTrustedAdvisorCheckRefreshStatuses");

  /** {@code support:DescribeTrustedAdvisorCheckResult}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUSTED_ADVISOR_CHECK_RESULT = Action.of(PREFIX, "DescribeTrustedAdvisorCheckResult");

  /** {@code support:DescribeTrustedAdvisorCheckSummaries}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUSTED_ADVISOR_CHECK_SUMMARIES = Action.of(PREFIX, "DescribeTrustedAdvisorCheckSummaries");

  /** {@code support:DescribeTrustedAdvisorChecks}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUSTED_ADVISOR_CHECKS = Action.of(PREFIX, "DescribeTrustedAdvisorChecks");

  /** {@code support:GetInteraction}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INTERACTION = Action.of(PREFIX, "GetInteraction");

  /** {@code support:InitiateCallForCase}: Write; on no resource type (give {@code *}). */
  public static final Action INITIATE_CALL_FOR_CASE = Action.of(PREFIX, "InitiateCallForCase");

  /** {@code support:InitiateChatForCase}: Write; on no resource type (give {@code *}). */
  public static final Action INITIATE_CHAT_FOR_CASE = Action.of(PREFIX, "InitiateChatForCase");

  /** {@code support:InitiateLiveContactForCase}: Write; on no resource type (give {@code *}). */
  public static final Action INITIATE_LIVE_CONTACT_FOR_CASE = Action.of(PREFIX, "InitiateLiveContactForCase");

  /** {@code support:ListInteractionEntries}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_INTERACTION_ENTRIES = Action.of(PREFIX, "ListInteractionEntries");

  /** {@code support:ListInteractions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_INTERACTIONS = Action.of(PREFIX, "ListInteractions");

  /** {@code support:PutCaseAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CASE_ATTRIBUTES = Action.of(PREFIX, "PutCaseAttributes");

  /** {@code support:RateCaseCommunication}: Write; on no resource type (give {@code *}). */
  public static final Action RATE_CASE_COMMUNICATION = Action.of(PREFIX, "RateCaseCommunication");

  /** {@code support:RefreshTrustedAdvisorCheck}: Write; on no resource type (give {@code *}). */
  public static final Action REFRESH_TRUSTED_ADVISOR_CHECK = Action.of(PREFIX, "RefreshTrustedAdvisorCheck");

  /** {@code support:ResolveCase}: Write; on no resource type (give {@code *}). */
  public static final Action RESOLVE_CASE = Action.of(PREFIX, "ResolveCase");

  /** {@code support:ResolveInteraction}: Write; on no resource type (give {@code *}). */
  public static final Action RESOLVE_INTERACTION = Action.of(PREFIX, "ResolveInteraction");

  /** {@code support:SearchForCases}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_FOR_CASES = Action.of(PREFIX, "SearchForCases");

  /** {@code support:StartInteraction}: Write; on no resource type (give {@code *}). */
  public static final Action START_INTERACTION = Action.of(PREFIX, "StartInteraction");

  /** {@code support:UpdateCaseSeverity}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CASE_SEVERITY = Action.of(PREFIX, "UpdateCaseSeverity");

  /** {@code support:UpdateInteraction}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_INTERACTION = Action.of(PREFIX, "UpdateInteraction");

  private Support() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
