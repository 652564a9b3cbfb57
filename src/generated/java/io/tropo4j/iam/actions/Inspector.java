// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Inspector (prefix {@code inspector}), as the service authorization reference lists them.
 */
public final class Inspector {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "inspector";

  /** {@code inspector:AddAttributesToFindings}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_ATTRIBUTES_TO_FINDINGS = Action.of(PREFIX, "AddAttributesToFindings");

  /** {@code inspector:CreateAssessmentTarget}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSESSMENT_TARGET = Action.of(PREFIX, "CreateAssessmentTarget");

  /** {@code inspector:CreateAssessmentTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSESSMENT_TEMPLATE = Action.of(PREFIX, "CreateAssessmentTemplate");

  /** {@code inspector:CreateExclusionsPreview}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXCLUSIONS_PREVIEW = Action.of(PREFIX, "CreateExclusionsPreview");

  /** {@code inspector:CreateResourceGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESOURCE_GROUP = Action.of(PREFIX, "CreateResourceGroup");

  /** {@code inspector:DeleteAssessmentRun}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ASSESSMENT_RUN = Action.of(PREFIX, "DeleteAssessmentRun");

  /** {@code inspector:DeleteAssessmentTarget}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ASSESSMENT_TARGET = Action.of(PREFIX, "DeleteAssessmentTarget");

  /** {@code inspector:DeleteAssessmentTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ASSESSMENT_TEMPLATE = Action.of(PREFIX, "DeleteAssessmentTemplate");

  /** {@code inspector:DescribeAssessmentRuns}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ASSESSMENT_RUNS = Action.of(PREFIX, "DescribeAssessmentRuns");

  /** {@code inspector:DescribeAssessmentTargets}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ASSESSMENT_TARGETS = Action.of(PREFIX, "DescribeAssessmentTargets");

  /** {@code inspector:DescribeAssessmentTemplates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ASSESSMENT_TEMPLATES = Action.of(PREFIX, "DescribeAssessmentTemplates");

  /** {@code inspector:DescribeCrossAccountAccessRole}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CROSS_ACCOUNT_ACCESS_ROLE = Action.of(PREFIX, "DescribeCrossAccountAccessRole");

  /** {@code inspector:DescribeExclusions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXCLUSIONS = Action.of(PREFIX, "DescribeExclusions");

  /** {@code inspector:DescribeFindings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FINDINGS = Action.of(PREFIX, "DescribeFindings");

  /** {@code inspector:DescribeResourceGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESOURCE_GROUPS = Action.of(PREFIX, "DescribeResourceGroups");

  /** {@code inspector:DescribeRulesPackages}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RULES_PACKAGES = Action.of(PREFIX, "DescribeRulesPackages");

  /** {@code inspector:GetAssessmentReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSESSMENT_REPORT = Action.of(PREFIX, "GetAssessmentReport");

  /** {@code inspector:GetExclusionsPreview}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXCLUSIONS_PREVIEW = Action.of(PREFIX, "GetExclusionsPreview");

  /** {@code inspector:GetTelemetryMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TELEMETRY_METADATA = Action.of(PREFIX, "GetTelemetryMetadata");

  /** {@code inspector:ListAssessmentRunAgents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_RUN_AGENTS = Action.of(PREFIX, "ListAssessmentRunAgents");

  /** {@code inspector:ListAssessmentRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_RUNS = Action.of(PREFIX, "ListAssessmentRuns");

  /** {@code inspector:ListAssessmentTargets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_TARGETS = Action.of(PREFIX, "ListAssessmentTargets");

  /** {@code inspector:ListAssessmentTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENT_TEMPLATES = Action.of(PREFIX, "ListAssessmentTemplates");

  /** {@code inspector:ListEventSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_SUBSCRIPTIONS = Action.of(PREFIX, "ListEventSubscriptions");

  /** {@code inspector:ListExclusions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXCLUSIONS = Action.of(PREFIX, "ListExclusions");

  /** {@code inspector:ListFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code inspector:ListRulesPackages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULES_PACKAGES = Action.of(PREFIX, "ListRulesPackages");

  /** {@code inspector:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code inspector:PreviewAgents}: Read; on no resource type (give {@code *}). */
  public static final Action PREVIEW_AGENTS = Action.of(PREFIX, "PreviewAgents");

  /** {@code inspector:RegisterCrossAccountAccessRole}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CROSS_ACCOUNT_ACCESS_ROLE = Action.of(PREFIX, "RegisterCrossAccountAccessRole");

  /** {@code inspector:RemoveAttributesFromFindings}: Write; on no resource type (give {@code *}). */
  public static final Action REMOVE_ATTRIBUTES_FROM_FINDINGS = Action.of(PREFIX, "RemoveAttributesFromFindings");

  /** {@code inspector:SetTagsForResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action SET_TAGS_FOR_RESOURCE = Action.of(PREFIX, "SetTagsForResource");

  /** {@code inspector:StartAssessmentRun}: Write; on no resource type (give {@code *}). */
  public static final Action START_ASSESSMENT_RUN = Action.of(PREFIX, "StartAssessmentRun");

  /** {@code inspector:StopAssessmentRun}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_ASSESSMENT_RUN = Action.of(PREFIX, "StopAssessmentRun");

  /** {@code inspector:SubscribeToEvent}: Write; on no resource type (give {@code *}). */
  public static final Action SUBSCRIBE_TO_EVENT = Action.of(PREFIX, "SubscribeToEvent");

  /** {@code inspector:UnsubscribeFromEvent}: Write; on no resource type (give {@code *}). */
  public static final Action UNSUBSCRIBE_FROM_EVENT = Action.of(PREFIX, "UnsubscribeFromEvent");

  /** {@code inspector:UpdateAssessmentTarget}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ASSESSMENT_TARGET = Action.of(PREFIX, "UpdateAssessmentTarget");

  private Inspector() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
