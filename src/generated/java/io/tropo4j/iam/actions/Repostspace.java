// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS rePost Private (prefix {@code repostspace}), as the service authorization reference lists them.
 */
public final class Repostspace {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "repostspace";

  /** {@code repostspace:BatchAddChannelRoleToAccessors}: Write; on space. */
  public static final Action BATCH_ADD_CHANNEL_ROLE_TO_ACCESSORS = Action.of(PREFIX, "BatchAddChannelRoleToAccessors");

  /** {@code repostspace:BatchAddRole}: Write; on space. */
  public static final Action BATCH_ADD_ROLE = Action.of(PREFIX, "BatchAddRole");

  /** {@code repostspace:BatchRemoveChannelRoleFromAccessors}: Write; on space. */
  public static final Action BATCH_REMOVE_CHANNEL_ROLE_FROM_ACCESSORS = Action.of(PREFIX, "BatchRemoveChannelRoleFromAccessors");

  /** {@code repostspace:BatchRemoveRole}: Write; on space. */
  public static final Action BATCH_REMOVE_ROLE = Action.of(PREFIX, "BatchRemoveRole");

  /** {@code repostspace:CreateChannel}: Write; on space. */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code repostspace:CreateSpace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SPACE = Action.of(PREFIX, "CreateSpace");

  /** {@code repostspace:DeleteSpace}: Write; on space. */
  public static final Action DELETE_SPACE = Action.of(PREFIX, "DeleteSpace");

  /** {@code repostspace:DeregisterAdmin}: Write; on space. */
  public static final Action DEREGISTER_ADMIN = Action.of(PREFIX, "DeregisterAdmin");

  /** {@code repostspace:GetChannel}: Read; on space. */
  public static final Action GET_CHANNEL = Action.of(PREFIX, "GetChannel");

  /** {@code repostspace:GetSpace}: Read; on space. */
  public static final Action GET_SPACE = Action.of(PREFIX, "GetSpace");

  /** {@code repostspace:ListChannels}: Read; on space. */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code repostspace:ListSpaces}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SPACES = Action.of(PREFIX, "ListSpaces");

  /** {@code repostspace:ListTagsForResource}: Read; on space. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code repostspace:RegisterAdmin}: Write; on space. */
  public static final Action REGISTER_ADMIN = Action.of(PREFIX, "RegisterAdmin");

  /** {@code repostspace:SendInvites}: Write; on space. */
  public static final Action SEND_INVITES = Action.of(PREFIX, "SendInvites");

  /** {@code repostspace:TagResource}: Tagging; on space. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code repostspace:UntagResource}: Tagging; on space. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code repostspace:UpdateChannel}: Write; on space. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code repostspace:UpdateSpace}: Write; on space. */
  public static final Action UPDATE_SPACE = Action.of(PREFIX, "UpdateSpace");

  private Repostspace() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
