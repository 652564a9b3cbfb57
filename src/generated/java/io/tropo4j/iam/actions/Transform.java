// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Transform (prefix {@code transform}), as the service authorization reference lists them.
 */
public final class Transform {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "transform";

  /** {@code transform:AssociateConnectorResource}: Write; on connector. */
  public static final Action ASSOCIATE_CONNECTOR_RESOURCE = Action.of(PREFIX, "AssociateConnectorResource");

  /** {@code transform:CreateProfile}: Write; on profile. */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code transform:DeleteAgentRuntimeConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_AGENT_RUNTIME_CONFIGURATION = Action.of(PREFIX, "DeleteAgentRuntimeConfiguration");

  /** {@code transform:DeleteConnector}: Write; on connector. */
  public static final Action DELETE_CONNECTOR = Action.of(PREFIX, "DeleteConnector");

  /** {@code transform:DeleteProfile}: Write; on profile. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code transform:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code transform:GetAgent}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGENT = Action.of(PREFIX, "GetAgent");

  /** {@code transform:GetAgentRuntimeConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGENT_RUNTIME_CONFIGURATION = Action.of(PREFIX, "GetAgentRuntimeConfiguration");

  /** {@code transform:GetConnector}: Read; on connector. */
  public static final Action GET_CONNECTOR = Action.of(PREFIX, "GetConnector");

  /** {@code transform:ListAgents}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_AGENTS = Action.of(PREFIX, "ListAgents");

  /** {@code transform:ListConnectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTORS = Action.of(PREFIX, "ListConnectors");

  /** {@code transform:ListProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code transform:ListTagsForResource}: Read; on connector. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code transform:PutAgentRuntimeConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_AGENT_RUNTIME_CONFIGURATION = Action.of(PREFIX, "PutAgentRuntimeConfiguration");

  /** {@code transform:RejectConnector}: Write; on connector. */
  public static final Action REJECT_CONNECTOR = Action.of(PREFIX, "RejectConnector");

  /** {@code transform:TagResource}: Tagging; on connector. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code transform:UntagResource}: Tagging; on connector. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code transform:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code transform:UpdateAgentAccess}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_AGENT_ACCESS = Action.of(PREFIX, "UpdateAgentAccess");

  /** {@code transform:UpdateProfile}: Write; on profile. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  private Transform() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
