// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Network Manager Chat (prefix {@code networkmanager-chat}), as the service authorization reference lists them.
 */
public final class NetworkmanagerChat {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "networkmanager-chat";

  /** {@code networkmanager-chat:CancelMessageResponse}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_MESSAGE_RESPONSE = Action.of(PREFIX, "CancelMessageResponse");

  /** {@code networkmanager-chat:CreateConversation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONVERSATION = Action.of(PREFIX, "CreateConversation");

  /** {@code networkmanager-chat:DeleteConversation}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONVERSATION = Action.of(PREFIX, "DeleteConversation");

  /** {@code networkmanager-chat:ListConversationMessages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONVERSATION_MESSAGES = Action.of(PREFIX, "ListConversationMessages");

  /** {@code networkmanager-chat:ListConversations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONVERSATIONS = Action.of(PREFIX, "ListConversations");

  /** {@code networkmanager-chat:NotifyConversationIsActive}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_CONVERSATION_IS_ACTIVE = Action.of(PREFIX, "NotifyConversationIsActive");

  /** {@code networkmanager-chat:SendConversationMessage}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CONVERSATION_MESSAGE = Action.of(PREFIX, "SendConversationMessage");

  private NetworkmanagerChat() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
