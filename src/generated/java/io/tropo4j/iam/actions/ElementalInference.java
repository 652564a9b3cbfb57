// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental Inference (prefix {@code elemental-inference}), as the service authorization reference lists them.
 */
public final class ElementalInference {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elemental-inference";

  /** {@code elemental-inference:AssociateFeed}: Write; on feed. */
  public static final Action ASSOCIATE_FEED = Action.of(PREFIX, "AssociateFeed");

  /** {@code elemental-inference:CreateFeed}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FEED = Action.of(PREFIX, "CreateFeed");

  /** {@code elemental-inference:DeleteFeed}: Write; on feed. */
  public static final Action DELETE_FEED = Action.of(PREFIX, "DeleteFeed");

  /** {@code elemental-inference:DisassociateFeed}: Write; on feed. */
  public static final Action DISASSOCIATE_FEED = Action.of(PREFIX, "DisassociateFeed");

  /** {@code elemental-inference:GetFeed}: Read; on feed. */
  public static final Action GET_FEED = Action.of(PREFIX, "GetFeed");

  /** {@code elemental-inference:GetMetadata}: Read; on feed. */
  public static final Action GET_METADATA = Action.of(PREFIX, "GetMetadata");

  /** {@code elemental-inference:ListFeeds}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FEEDS = Action.of(PREFIX, "ListFeeds");

  /** {@code elemental-inference:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code elemental-inference:PutMedia}: Write; on feed. */
  public static final Action PUT_MEDIA = Action.of(PREFIX, "PutMedia");

  /** {@code elemental-inference:TagResource}: Tagging; on feed. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code elemental-inference:UntagResource}: Tagging; on feed. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code elemental-inference:UpdateFeed}: Write; on feed. */
  public static final Action UPDATE_FEED = Action.of(PREFIX, "UpdateFeed");

  private ElementalInference() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
