// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CodeGuru Reviewer (prefix {@code codeguru-reviewer}), as the service authorization reference lists them.
 */
public final class CodeguruReviewer {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codeguru-reviewer";

  /** {@code codeguru-reviewer:AssociateRepository}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_REPOSITORY = Action.of(PREFIX, "AssociateRepository");

  /** {@code codeguru-reviewer:CreateCodeReview}: Write; on association. */
  public static final Action CREATE_CODE_REVIEW = Action.of(PREFIX, "CreateCodeReview");

  /** {@code codeguru-reviewer:CreateConnectionToken}: Read; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION_TOKEN = Action.of(PREFIX, "CreateConnectionToken");

  /** {@code codeguru-reviewer:DescribeCodeReview}: Read; on association. */
  public static final Action DESCRIBE_CODE_REVIEW = Action.of(PREFIX, "DescribeCodeReview");

  /** {@code codeguru-reviewer:DescribeRecommendationFeedback}: Read; on association. */
  public static final Action DESCRIBE_RECOMMENDATION_FEEDBACK = Action.of(PREFIX, "DescribeRecommendationFeedback");

  /** {@code codeguru-reviewer:DescribeRepositoryAssociation}: Read; on association. */
  public static final Action DESCRIBE_REPOSITORY_ASSOCIATION = Action.of(PREFIX, "DescribeRepositoryAssociation");

  /** {@code codeguru-reviewer:DisassociateRepository}: Write; on association. */
  public static final Action DISASSOCIATE_REPOSITORY = Action.of(PREFIX, "DisassociateRepository");

  /** {@code codeguru-reviewer:GetMetricsData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METRICS_DATA = Action.of(PREFIX, "GetMetricsData");

  /** {@code codeguru-reviewer:ListCodeReviews}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODE_REVIEWS = Action.of(PREFIX, "ListCodeReviews");

  /** {@code codeguru-reviewer:ListRecommendationFeedback}: List; on association. */
  public static final Action LIST_RECOMMENDATION_FEEDBACK = Action.of(PREFIX, "ListRecommendationFeedback");

  /** {@code codeguru-reviewer:ListRecommendations}: List; on association. */
  public static final Action LIST_RECOMMENDATIONS = Action.of(PREFIX, "ListRecommendations");

  /** {@code codeguru-reviewer:ListRepositoryAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORY_ASSOCIATIONS = Action.of(PREFIX, "ListRepositoryAssociations");

  /** {@code codeguru-reviewer:ListTagsForResource}: List; on association. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codeguru-reviewer:ListThirdPartyRepositories}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_THIRD_PARTY_REPOSITORIES = Action.of(PREFIX, "ListThirdPartyRepositories");

  /** {@code codeguru-reviewer:PutRecommendationFeedback}: Write; on association. */
  public static final Action PUT_RECOMMENDATION_FEEDBACK = Action.of(PREFIX, "PutRecommendationFeedback");

  /** {@code codeguru-reviewer:TagResource}: Tagging; on association. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codeguru-reviewer:UnTagResource}: Tagging; on association. */
  public static final Action UN_TAG_RESOURCE = Action.of(PREFIX, "UnTagResource");

  private CodeguruReviewer() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
