// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Well-Architected Tool (prefix {@code wellarchitected}), as the service authorization reference lists them.
 */
public final class Wellarchitected {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "wellarchitected";

  /** {@code wellarchitected:AssociateLenses}: Write; on workload. */
  public static final Action ASSOCIATE_LENSES = Action.of(PREFIX, "AssociateLenses");

  /** {@code wellarchitected:AssociateProfiles}: Write; on workload. */
  public static final Action ASSOCIATE_PROFILES = Action.of(PREFIX, "AssociateProfiles");

  /** {@code wellarchitected:ConfigureIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action CONFIGURE_INTEGRATION = Action.of(PREFIX, "ConfigureIntegration");

  /** {@code wellarchitected:CreateLensShare}: Write; on lens. */
  public static final Action CREATE_LENS_SHARE = Action.of(PREFIX, "CreateLensShare");

  /** {@code wellarchitected:CreateLensVersion}: Write; on lens. */
  public static final Action CREATE_LENS_VERSION = Action.of(PREFIX, "CreateLensVersion");

  /** {@code wellarchitected:CreateMilestone}: Write; on workload. */
  public static final Action CREATE_MILESTONE = Action.of(PREFIX, "CreateMilestone");

  /** {@code wellarchitected:CreateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code wellarchitected:CreateProfileShare}: Write; on profile. */
  public static final Action CREATE_PROFILE_SHARE = Action.of(PREFIX, "CreateProfileShare");

  /** {@code wellarchitected:CreateReviewTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REVIEW_TEMPLATE = Action.of(PREFIX, "CreateReviewTemplate");

  /** {@code wellarchitected:CreateTemplateShare}: Write; on review-template. */
  public static final Action CREATE_TEMPLATE_SHARE = Action.of(PREFIX, "CreateTemplateShare");

  /** {@code wellarchitected:CreateWorkload}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKLOAD = Action.of(PREFIX, "CreateWorkload");

  /** {@code wellarchitected:CreateWorkloadShare}: Write; on workload. */
  public static final Action CREATE_WORKLOAD_SHARE = Action.of(PREFIX, "CreateWorkloadShare");

  /** {@code wellarchitected:DeleteLens}: Write; on lens. */
  public static final Action DELETE_LENS = Action.of(PREFIX, "DeleteLens");

  /** {@code wellarchitected:DeleteLensShare}: Write; on lens. */
  public static final Action DELETE_LENS_SHARE = Action.of(PREFIX, "DeleteLensShare");

  /** {@code wellarchitected:DeleteProfile}: Write; on profile. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code wellarchitected:DeleteProfileShare}: Write; on profile. */
  public static final Action DELETE_PROFILE_SHARE = Action.of(PREFIX, "DeleteProfileShare");

  /** {@code wellarchitected:DeleteReviewTemplate}: Write; on review-template. */
  public static final Action DELETE_REVIEW_TEMPLATE = Action.of(PREFIX, "DeleteReviewTemplate");

  /** {@code wellarchitected:DeleteTemplateShare}: Write; on review-template. */
  public static final Action DELETE_TEMPLATE_SHARE = Action.of(PREFIX, "DeleteTemplateShare");

  /** {@code wellarchitected:DeleteWorkload}: Write; on workload. */
  public static final Action DELETE_WORKLOAD = Action.of(PREFIX, "DeleteWorkload");

  /** {@code wellarchitected:DeleteWorkloadShare}: Write; on workload. */
  public static final Action DELETE_WORKLOAD_SHARE = Action.of(PREFIX, "DeleteWorkloadShare");

  /** {@code wellarchitected:DisassociateLenses}: Write; on workload. */
  public static final Action DISASSOCIATE_LENSES = Action.of(PREFIX, "DisassociateLenses");

  /** {@code wellarchitected:DisassociateProfiles}: Write; on workload. */
  public static final Action DISASSOCIATE_PROFILES = Action.of(PREFIX, "DisassociateProfiles");

  /** {@code wellarchitected:ExportLens}: Read; on lens. */
  public static final Action EXPORT_LENS = Action.of(PREFIX, "ExportLens");

  /** {@code wellarchitected:GetAnswer}: Read; on workload. */
  public static final Action GET_ANSWER = Action.of(PREFIX, "GetAnswer");

  /** {@code wellarchitected:GetConsolidatedReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONSOLIDATED_REPORT = Action.of(PREFIX, "GetConsolidatedReport");

  /** {@code wellarchitected:GetGlobalSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GLOBAL_SETTINGS = Action.of(PREFIX, "GetGlobalSettings");

  /** {@code wellarchitected:GetLens}: Read; on lens. */
  public static final Action GET_LENS = Action.of(PREFIX, "GetLens");

  /** {@code wellarchitected:GetLensReview}: Read; on workload. */
  public static final Action GET_LENS_REVIEW = Action.of(PREFIX, "GetLensReview");

  /** {@code wellarchitected:GetLensReviewReport}: Read; on workload. */
  public static final Action GET_LENS_REVIEW_REPORT = Action.of(PREFIX, "GetLensReviewReport");

  /** {@code wellarchitected:GetLensVersionDifference}: Read; on lens. */
  public static final Action GET_LENS_VERSION_DIFFERENCE = Action.of(PREFIX, "GetLensVersionDifference");

  /** {@code wellarchitected:GetMilestone}: Read; on workload. */
  public static final Action GET_MILESTONE = Action.of(PREFIX, "GetMilestone");

  /** {@code wellarchitected:GetProfile}: Read; on profile. */
  public static final Action GET_PROFILE = Action.of(PREFIX, "GetProfile");

  /** {@code wellarchitected:GetProfileTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROFILE_TEMPLATE = Action.of(PREFIX, "GetProfileTemplate");

  /** {@code wellarchitected:GetReviewTemplate}: Read; on review-template. */
  public static final Action GET_REVIEW_TEMPLATE = Action.of(PREFIX, "GetReviewTemplate");

  /** {@code wellarchitected:GetReviewTemplateAnswer}: Read; on review-template. */
  public static final Action GET_REVIEW_TEMPLATE_ANSWER = Action.of(PREFIX, "GetReviewTemplateAnswer");

  /** {@code wellarchitected:GetReviewTemplateLensReview}: Read; on review-template. */
  public static final Action GET_REVIEW_TEMPLATE_LENS_REVIEW = Action.of(PREFIX, "GetReviewTemplateLensReview");

  /** {@code wellarchitected:GetWorkload}: Read; on workload. */
  public static final Action GET_WORKLOAD = Action.of(PREFIX, "GetWorkload");

  /** {@code wellarchitected:ImportLens}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_LENS = Action.of(PREFIX, "ImportLens");

  /** {@code wellarchitected:ListAnswers}: List; on workload. */
  public static final Action LIST_ANSWERS = Action.of(PREFIX, "ListAnswers");

  /** {@code wellarchitected:ListCheckDetails}: List; on workload. */
  public static final Action LIST_CHECK_DETAILS = Action.of(PREFIX, "ListCheckDetails");

  /** {@code wellarchitected:ListCheckSummaries}: List; on workload. */
  public static final Action LIST_CHECK_SUMMARIES = Action.of(PREFIX, "ListCheckSummaries");

  /** {@code wellarchitected:ListLensReviewImprovements}: List; on workload. */
  public static final Action LIST_LENS_REVIEW_IMPROVEMENTS = Action.of(PREFIX, "ListLensReviewImprovements");

  /** {@code wellarchitected:ListLensReviews}: List; on workload. */
  public static final Action LIST_LENS_REVIEWS = Action.of(PREFIX, "ListLensReviews");

  /** {@code wellarchitected:ListLensShares}: List; on lens. */
  public static final Action LIST_LENS_SHARES = Action.of(PREFIX, "ListLensShares");

  /** {@code wellarchitected:ListLenses}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LENSES = Action.of(PREFIX, "ListLenses");

  /** {@code wellarchitected:ListMilestones}: List; on workload. */
  public static final Action LIST_MILESTONES = Action.of(PREFIX, "ListMilestones");

  /** {@code wellarchitected:ListNotifications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATIONS = Action.of(PREFIX, "ListNotifications");

  /** {@code wellarchitected:ListProfileNotifications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILE_NOTIFICATIONS = Action.of(PREFIX, "ListProfileNotifications");

  /** {@code wellarchitected:ListProfileShares}: List; on profile. */
  public static final Action LIST_PROFILE_SHARES = Action.of(PREFIX, "ListProfileShares");

  /** {@code wellarchitected:ListProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code wellarchitected:ListReviewTemplateAnswers}: List; on review-template. */
  public static final Action LIST_REVIEW_TEMPLATE_ANSWERS = Action.of(PREFIX, "ListReviewTemplateAnswers");

  /** {@code wellarchitected:ListReviewTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REVIEW_TEMPLATES = Action.of(PREFIX, "ListReviewTemplates");

  /** {@code wellarchitected:ListShareInvitations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SHARE_INVITATIONS = Action.of(PREFIX, "ListShareInvitations");

  /** {@code wellarchitected:ListTagsForResource}: Read; on lens, profile, review-template, workload. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code wellarchitected:ListTemplateShares}: List; on review-template. */
  public static final Action LIST_TEMPLATE_SHARES = Action.of(PREFIX, "ListTemplateShares");

  /** {@code wellarchitected:ListWorkloadShares}: List; on workload. */
  public static final Action LIST_WORKLOAD_SHARES = Action.of(PREFIX, "ListWorkloadShares");

  /** {@code wellarchitected:ListWorkloads}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKLOADS = Action.of(PREFIX, "ListWorkloads");

  /** {@code wellarchitected:TagResource}: Tagging; on lens, profile, review-template, workload. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code wellarchitected:UntagResource}: Tagging; on lens, profile, review-template, workload. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code wellarchitected:UpdateAnswer}: Write; on workload. */
  public static final Action UPDATE_ANSWER = Action.of(PREFIX, "UpdateAnswer");

  /** {@code wellarchitected:UpdateGlobalSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GLOBAL_SETTINGS = Action.of(PREFIX, "UpdateGlobalSettings");

  /** {@code wellarchitected:UpdateIntegration}: Write; on workload. */
  public static final Action UPDATE_INTEGRATION = Action.of(PREFIX, "UpdateIntegration");

  /** {@code wellarchitected:UpdateLensReview}: Write; on workload. */
  public static final Action UPDATE_LENS_REVIEW = Action.of(PREFIX, "UpdateLensReview");

  /** {@code wellarchitected:UpdateProfile}: Write; on profile. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  /** {@code wellarchitected:UpdateReviewTemplate}: Write; on review-template. */
  public static final Action UPDATE_REVIEW_TEMPLATE = Action.of(PREFIX, "UpdateReviewTemplate");

  /** {@code wellarchitected:UpdateReviewTemplateAnswer}: Write; on review-template. */
  public static final Action UPDATE_REVIEW_TEMPLATE_ANSWER = Action.of(PREFIX, "UpdateReviewTemplateAnswer");

  /** {@code wellarchitected:UpdateReviewTemplateLensReview}: Write; on review-template. */
  public static final Action UPDATE_REVIEW_TEMPLATE_LENS_REVIEW = Action.of(PREFIX, "UpdateReviewTemplateLensReview");

  /** {@code wellarchitected:UpdateShareInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SHARE_INVITATION = Action.of(PREFIX, "UpdateShareInvitation");

  /** {@code wellarchitected:UpdateWorkload}: Write; on workload. */
  public static final Action UPDATE_WORKLOAD = Action.of(PREFIX, "UpdateWorkload");

  /** {@code wellarchitected:UpdateWorkloadShare}: Write; on workload. */
  public static final Action UPDATE_WORKLOAD_SHARE = Action.of(PREFIX, "UpdateWorkloadShare");

  /** {@code wellarchitected:UpgradeLensReview}: Write; on workload. */
  public static final Action UPGRADE_LENS_REVIEW = Action.of(PREFIX, "UpgradeLensReview");

  /** {@code wellarchitected:UpgradeProfileVersion}: Write; on profile, workload. */
  public static final Action UPGRADE_PROFILE_VERSION = Action.of(PREFIX, "UpgradeProfileVersion");

  /** {@code wellarchitected:UpgradeReviewTemplateLensReview}: Write; on review-template. */
  public static final Action UPGRADE_REVIEW_TEMPLATE_LENS_REVIEW = Action.of(PREFIX, "UpgradeReviewTemplateLensReview");

  private Wellarchitected() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
