// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Transform custom (prefix {@code transform-custom}), as the service authorization reference lists them.
 */
public final class TransformCustom {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "transform-custom";

  /** {@code transform-custom:CompleteTransformationPackageUpload}: Write; on package. */
  public static final Action COMPLETE_TRANSFORMATION_PACKAGE_UPLOAD = Action.of(PREFIX, "CompleteTransformationPackageUpload");

  /** {@code transform-custom:ConverseStream}: Write; on no resource type (give {@code *}). */
  public static final Action CONVERSE_STREAM = Action.of(PREFIX, "ConverseStream");

  /** {@code transform-custom:CreateCampaign}: Write; on campaign. */
  public static final Action CREATE_CAMPAIGN = Action.of(PREFIX, "CreateCampaign");

  /** {@code transform-custom:CreateTransformationPackageUrl}: Write; on package. */
  public static final Action CREATE_TRANSFORMATION_PACKAGE_URL = Action.of(PREFIX, "CreateTransformationPackageUrl");

  /** {@code transform-custom:DeleteCampaign}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN = Action.of(PREFIX, "DeleteCampaign");

  /** {@code transform-custom:DeleteKnowledgeItem}: Write; on knowledge-item. */
  public static final Action DELETE_KNOWLEDGE_ITEM = Action.of(PREFIX, "DeleteKnowledgeItem");

  /** {@code transform-custom:DeleteTransformationPackage}: Write; on package. */
  public static final Action DELETE_TRANSFORMATION_PACKAGE = Action.of(PREFIX, "DeleteTransformationPackage");

  /** {@code transform-custom:ExecuteTransformation}: Write; on package. */
  public static final Action EXECUTE_TRANSFORMATION = Action.of(PREFIX, "ExecuteTransformation");

  /** {@code transform-custom:GetCampaign}: Read; on campaign. */
  public static final Action GET_CAMPAIGN = Action.of(PREFIX, "GetCampaign");

  /** {@code transform-custom:GetKnowledgeItem}: Read; on knowledge-item. */
  public static final Action GET_KNOWLEDGE_ITEM = Action.of(PREFIX, "GetKnowledgeItem");

  /** {@code transform-custom:GetTransformationPackageUrl}: Read; on package. */
  public static final Action GET_TRANSFORMATION_PACKAGE_URL = Action.of(PREFIX, "GetTransformationPackageUrl");

  /** {@code transform-custom:ListCampaignRepositories}: Read; on campaign. */
  public static final Action LIST_CAMPAIGN_REPOSITORIES = Action.of(PREFIX, "ListCampaignRepositories");

  /** {@code transform-custom:ListCampaigns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CAMPAIGNS = Action.of(PREFIX, "ListCampaigns");

  /** {@code transform-custom:ListKnowledgeItems}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KNOWLEDGE_ITEMS = Action.of(PREFIX, "ListKnowledgeItems");

  /** {@code transform-custom:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code transform-custom:ListTransformationPackageMetadata}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRANSFORMATION_PACKAGE_METADATA = Action.of(PREFIX, "ListTransformationPackageMetadata");

  /** {@code transform-custom:TagResource}: Tagging; on campaign, knowledge-item, package. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code transform-custom:UntagResource}: Tagging; on campaign, knowledge-item, package. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code transform-custom:UpdateCampaign}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN = Action.of(PREFIX, "UpdateCampaign");

  /** {@code transform-custom:UpdateCampaignRepositoryStatus}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_REPOSITORY_STATUS = Action.of(PREFIX, "UpdateCampaignRepositoryStatus");

  /** {@code transform-custom:UpdateKnowledgeItemConfiguration}: Write; on package. */
  public static final Action UPDATE_KNOWLEDGE_ITEM_CONFIGURATION = Action.of(PREFIX, "UpdateKnowledgeItemConfiguration");

  /** {@code transform-custom:UpdateKnowledgeItemStatus}: Write; on knowledge-item. */
  public static final Action UPDATE_KNOWLEDGE_ITEM_STATUS = Action.of(PREFIX, "UpdateKnowledgeItemStatus");

  private TransformCustom() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
