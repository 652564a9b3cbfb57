// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Q (prefix {@code q}), as the service authorization reference lists them.
 */
public final class Q {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "q";

  /** {@code q:AssociateConnectorResource}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_CONNECTOR_RESOURCE = Action.of(PREFIX, "AssociateConnectorResource");

  /** {@code q:CreateAssignment}: Write; on profile. */
  public static final Action CREATE_ASSIGNMENT = Action.of(PREFIX, "CreateAssignment");

  /** {@code q:CreateAuthGrant}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTH_GRANT = Action.of(PREFIX, "CreateAuthGrant");

  /** {@code q:CreateOAuthAppConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_O_AUTH_APP_CONNECTION = Action.of(PREFIX, "CreateOAuthAppConnection");

  /** {@code q:CreatePlugin}: Write; on plugin. */
  public static final Action CREATE_PLUGIN = Action.of(PREFIX, "CreatePlugin");

  /** {@code q:DeleteAssignment}: Write; on profile. */
  public static final Action DELETE_ASSIGNMENT = Action.of(PREFIX, "DeleteAssignment");

  /** {@code q:DeleteConversation}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONVERSATION = Action.of(PREFIX, "DeleteConversation");

  /** {@code q:DeleteOAuthAppConnection}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_O_AUTH_APP_CONNECTION = Action.of(PREFIX, "DeleteOAuthAppConnection");

  /** {@code q:DeletePlugin}: Write; on plugin. */
  public static final Action DELETE_PLUGIN = Action.of(PREFIX, "DeletePlugin");

  /** {@code q:GenerateCodeFromCommands}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_CODE_FROM_COMMANDS = Action.of(PREFIX, "GenerateCodeFromCommands");

  /** {@code q:GenerateCodeRecommendations}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_CODE_RECOMMENDATIONS = Action.of(PREFIX, "GenerateCodeRecommendations");

  /** {@code q:GetConnector}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTOR = Action.of(PREFIX, "GetConnector");

  /** {@code q:GetConversation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONVERSATION = Action.of(PREFIX, "GetConversation");

  /** {@code q:GetIdentityMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IDENTITY_METADATA = Action.of(PREFIX, "GetIdentityMetadata");

  /** {@code q:GetPlugin}: Read; on plugin. */
  public static final Action GET_PLUGIN = Action.of(PREFIX, "GetPlugin");

  /** {@code q:GetTroubleshootingResults}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TROUBLESHOOTING_RESULTS = Action.of(PREFIX, "GetTroubleshootingResults");

  /** {@code q:ListConversations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CONVERSATIONS = Action.of(PREFIX, "ListConversations");

  /** {@code q:ListDashboardMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DASHBOARD_METRICS = Action.of(PREFIX, "ListDashboardMetrics");

  /** {@code q:ListPluginProviders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLUGIN_PROVIDERS = Action.of(PREFIX, "ListPluginProviders");

  /** {@code q:ListPlugins}: List; on plugin. */
  public static final Action LIST_PLUGINS = Action.of(PREFIX, "ListPlugins");

  /** {@code q:ListTagsForResource}: List; on plugin. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code q:PassRequest}: Write; on no resource type (give {@code *}). */
  public static final Action PASS_REQUEST = Action.of(PREFIX, "PassRequest");

  /** {@code q:RejectConnector}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_CONNECTOR = Action.of(PREFIX, "RejectConnector");

  /** {@code q:SendEvent}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_EVENT = Action.of(PREFIX, "SendEvent");

  /** {@code q:SendMessage}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code q:StartConversation}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONVERSATION = Action.of(PREFIX, "StartConversation");

  /** {@code q:StartTroubleshootingAnalysis}: Write; on no resource type (give {@code *}). */
  public static final Action START_TROUBLESHOOTING_ANALYSIS = Action.of(PREFIX, "StartTroubleshootingAnalysis");

  /** {@code q:StartTroubleshootingResolutionExplanation}: Write; on no resource type (give {@code *}). */
  public static final Action START_TROUBLESHOOTING_RESOLUTION_EXPLANATION = Action.of(PREFIX, "StartTroubleshootingResolutionExplanation");

  /** {@code q:TagResource}: Tagging; on plugin. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code q:UntagResource}: Tagging; on plugin. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code q:UpdateAuthGrant}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_AUTH_GRANT = Action.of(PREFIX, "UpdateAuthGrant");

  /** {@code q:UpdateConversation}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONVERSATION = Action.of(PREFIX, "UpdateConversation");

  /** {@code q:UpdateOAuthAppConnection}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_O_AUTH_APP_CONNECTION = Action.of(PREFIX, "UpdateOAuthAppConnection");

  /** {@code q:UpdatePlugin}: Write; on plugin. */
  public static final Action UPDATE_PLUGIN = Action.of(PREFIX, "UpdatePlugin");

  /** {@code q:UpdateTroubleshootingCommandResult}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TROUBLESHOOTING_COMMAND_RESULT = Action.of(PREFIX, "UpdateTroubleshootingCommandResult");

  /** {@code q:UsePlugin}: Write; on plugin. */
  public static final Action USE_PLUGIN = Action.of(PREFIX, "UsePlugin");

  /** {@code q:VerifyOAuthAppConnection}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_O_AUTH_APP_CONNECTION = Action.of(PREFIX, "VerifyOAuthAppConnection");

  private Q() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
