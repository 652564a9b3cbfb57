// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Interactive Video Service Chat (prefix {@code ivschat}), as the service authorization reference lists them.
 */
public final class Ivschat {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ivschat";

  /** {@code ivschat:CreateChatToken}: Write; on Room. */
  public static final Action CREATE_CHAT_TOKEN = Action.of(PREFIX, "CreateChatToken");

  /** {@code ivschat:CreateLoggingConfiguration}: Write; on Logging-Configuration. */
  public static final Action CREATE_LOGGING_CONFIGURATION = Action.of(PREFIX, "CreateLoggingConfiguration");

  /** {@code ivschat:CreateRoom}: Write; on Room. */
  public static final Action CREATE_ROOM = Action.of(PREFIX, "CreateRoom");

  /** {@code ivschat:DeleteLoggingConfiguration}: Write; on Logging-Configuration. */
  public static final Action DELETE_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteLoggingConfiguration");

  /** {@code ivschat:DeleteMessage}: Write; on Room. */
  public static final Action DELETE_MESSAGE = Action.of(PREFIX, "DeleteMessage");

  /** {@code ivschat:DeleteRoom}: Write; on Room. */
  public static final Action DELETE_ROOM = Action.of(PREFIX, "DeleteRoom");

  /** {@code ivschat:DisconnectUser}: Write; on Room. */
  public static final Action DISCONNECT_USER = Action.of(PREFIX, "DisconnectUser");

  /** {@code ivschat:GetLoggingConfiguration}: Read; on Logging-Configuration. */
  public static final Action GET_LOGGING_CONFIGURATION = Action.of(PREFIX, "GetLoggingConfiguration");

  /** {@code ivschat:GetRoom}: Read; on Room. */
  public static final Action GET_ROOM = Action.of(PREFIX, "GetRoom");

  /** {@code ivschat:ListLoggingConfigurations}: List; on Logging-Configuration. */
  public static final Action LIST_LOGGING_CONFIGURATIONS = Action.of(PREFIX, "ListLoggingConfigurations");

  /** {@code ivschat:ListRooms}: List; on Room. */
  public static final Action LIST_ROOMS = Action.of(PREFIX, "ListRooms");

  /** {@code ivschat:ListTagsForResource}: Read; on Room. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ivschat:SendEvent}: Write; on Room. */
  public static final Action SEND_EVENT = Action.of(PREFIX, "SendEvent");

  /** {@code ivschat:TagResource}: Tagging; on Logging-Configuration, Room. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ivschat:UntagResource}: Tagging; on Logging-Configuration, Room. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ivschat:UpdateLoggingConfiguration}: Write; on Logging-Configuration. */
  public static final Action UPDATE_LOGGING_CONFIGURATION = Action.of(PREFIX, "UpdateLoggingConfiguration");

  /** {@code ivschat:UpdateRoom}: Write; on Room. */
  public static final Action UPDATE_ROOM = Action.of(PREFIX, "UpdateRoom");

  private Ivschat() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
