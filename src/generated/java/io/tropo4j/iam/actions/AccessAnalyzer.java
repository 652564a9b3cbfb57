// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IAM Access Analyzer (prefix {@code access-analyzer}), as the service authorization reference lists them.
 */
public final class AccessAnalyzer {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "access-analyzer";

  /** {@code access-analyzer:ApplyArchiveRule}: Write; on Analyzer. */
  public static final Action APPLY_ARCHIVE_RULE = Action.of(PREFIX, "ApplyArchiveRule");

  /** {@code access-analyzer:CancelPolicyGeneration}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_POLICY_GENERATION = Action.of(PREFIX, "CancelPolicyGeneration");

  /** {@code access-analyzer:CheckAccessNotGranted}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_ACCESS_NOT_GRANTED = Action.of(PREFIX, "CheckAccessNotGranted");

  /** {@code access-analyzer:CheckNoNewAccess}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_NO_NEW_ACCESS = Action.of(PREFIX, "CheckNoNewAccess");

  /** {@code access-analyzer:CheckNoPublicAccess}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_NO_PUBLIC_ACCESS = Action.of(PREFIX, "CheckNoPublicAccess");

  /** {@code access-analyzer:CreateAccessPreview}: Write; on Analyzer. */
  public static final Action CREATE_ACCESS_PREVIEW = Action.of(PREFIX, "CreateAccessPreview");

  /** {@code access-analyzer:CreateAnalyzer}: Write; on Analyzer. */
  public static final Action CREATE_ANALYZER = Action.of(PREFIX, "CreateAnalyzer");

  /** {@code access-analyzer:CreateArchiveRule}: Write; on ArchiveRule. */
  public static final Action CREATE_ARCHIVE_RULE = Action.of(PREFIX, "CreateArchiveRule");

  /** {@code access-analyzer:DeleteAnalyzer}: Write; on Analyzer. */
  public static final Action DELETE_ANALYZER = Action.of(PREFIX, "DeleteAnalyzer");

  /** {@code access-analyzer:DeleteArchiveRule}: Write; on ArchiveRule. */
  public static final Action DELETE_ARCHIVE_RULE = Action.of(PREFIX, "DeleteArchiveRule");

  /** {@code access-analyzer:GenerateFindingRecommendation}: Write; on Analyzer. */
  public static final Action GENERATE_FINDING_RECOMMENDATION = Action.of(PREFIX, "GenerateFindingRecommendation");

  /** {@code access-analyzer:GetAccessPreview}: Read; on Analyzer. */
  public static final Action GET_ACCESS_PREVIEW = Action.of(PREFIX, "GetAccessPreview");

  /** {@code access-analyzer:GetAnalyzedResource}: Read; on Analyzer. */
  public static final Action GET_ANALYZED_RESOURCE = Action.of(PREFIX, "GetAnalyzedResource");

  /** {@code access-analyzer:GetAnalyzer}: Read; on Analyzer. */
  public static final Action GET_ANALYZER = Action.of(PREFIX, "GetAnalyzer");

  /** {@code access-analyzer:GetArchiveRule}: Read; on ArchiveRule. */
  public static final Action GET_ARCHIVE_RULE = Action.of(PREFIX, "GetArchiveRule");

  /** {@code access-analyzer:GetFinding}: Read; on Analyzer. */
  public static final Action GET_FINDING = Action.of(PREFIX, "GetFinding");

  /** {@code access-analyzer:GetFindingRecommendation}: Read; on Analyzer. */
  public static final Action GET_FINDING_RECOMMENDATION = Action.of(PREFIX, "GetFindingRecommendation");

  /** {@code access-analyzer:GetFindingsStatistics}: Read; on Analyzer. */
  public static final Action GET_FINDINGS_STATISTICS = Action.of(PREFIX, "GetFindingsStatistics");

  /** {@code access-analyzer:GetGeneratedPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GENERATED_POLICY = Action.of(PREFIX, "GetGeneratedPolicy");

  /** {@code access-analyzer:ListAccessPreviewFindings}: Read; on Analyzer. */
  public static final Action LIST_ACCESS_PREVIEW_FINDINGS = Action.of(PREFIX, "ListAccessPreviewFindings");

  /** {@code access-analyzer:ListAccessPreviews}: List; on Analyzer. */
  public static final Action LIST_ACCESS_PREVIEWS = Action.of(PREFIX, "ListAccessPreviews");

  /** {@code access-analyzer:ListAnalyzedResources}: Read; on Analyzer. */
  public static final Action LIST_ANALYZED_RESOURCES = Action.of(PREFIX, "ListAnalyzedResources");

  /** {@code access-analyzer:ListAnalyzers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ANALYZERS = Action.of(PREFIX, "ListAnalyzers");

  /** {@code access-analyzer:ListArchiveRules}: List; on Analyzer. */
  public static final Action LIST_ARCHIVE_RULES = Action.of(PREFIX, "ListArchiveRules");

  /** {@code access-analyzer:ListFindings}: Read; on Analyzer. */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code access-analyzer:ListPolicyGenerations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_POLICY_GENERATIONS = Action.of(PREFIX, "ListPolicyGenerations");

  /** {@code access-analyzer:ListTagsForResource}: Read; on Analyzer. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code access-analyzer:StartPolicyGeneration}: Write; on no resource type (give {@code *}). */
  public static final Action START_POLICY_GENERATION = Action.of(PREFIX, "StartPolicyGeneration");

  /** {@code access-analyzer:StartResourceScan}: Write; on Analyzer. */
  public static final Action START_RESOURCE_SCAN = Action.of(PREFIX, "StartResourceScan");

  /** {@code access-analyzer:TagResource}: Tagging; on Analyzer. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code access-analyzer:UntagResource}: Tagging; on Analyzer. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code access-analyzer:UpdateAnalyzer}: Write; on Analyzer. */
  public static final Action UPDATE_ANALYZER = Action.of(PREFIX, "UpdateAnalyzer");

  /** {@code access-analyzer:UpdateArchiveRule}: Write; on ArchiveRule. */
  public static final Action UPDATE_ARCHIVE_RULE = Action.of(PREFIX, "UpdateArchiveRule");

  /** {@code access-analyzer:UpdateFindings}: Write; on Analyzer. */
  public static final Action UPDATE_FINDINGS = Action.of(PREFIX, "UpdateFindings");

  /** {@code access-analyzer:ValidatePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_POLICY = Action.of(PREFIX, "ValidatePolicy");

  private AccessAnalyzer() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
