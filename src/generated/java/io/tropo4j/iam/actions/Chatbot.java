// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Chatbot (prefix {@code chatbot}), as the service authorization reference lists them.
 */
public final class Chatbot {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "chatbot";

  /** {@code chatbot:AssociateToConfiguration}: Write; on ChatbotConfiguration, custom-action. */
  public static final Action ASSOCIATE_TO_CONFIGURATION = Action.of(PREFIX, "AssociateToConfiguration");

  /** {@code chatbot:CreateChimeWebhookConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CHIME_WEBHOOK_CONFIGURATION = Action.of(PREFIX, "CreateChimeWebhookConfiguration");

  /** {@code chatbot:CreateCustomAction}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOM_ACTION = Action.of(PREFIX, "CreateCustomAction");

  /** {@code chatbot:CreateMicrosoftTeamsChannelConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MICROSOFT_TEAMS_CHANNEL_CONFIGURATION = Action.of(PREFIX, "CreateMicrosoftTeamsChannelConfiguration");

  /** {@code chatbot:CreateSlackChannelConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SLACK_CHANNEL_CONFIGURATION = Action.of(PREFIX, "CreateSlackChannelConfiguration");

  /** {@code chatbot:DeleteChimeWebhookConfiguration}: Write; on ChatbotConfiguration. */
  public static final Action DELETE_CHIME_WEBHOOK_CONFIGURATION = Action.of(PREFIX, "DeleteChimeWebhookConfiguration");

  /** {@code chatbot:DeleteCustomAction}: Write; on custom-action. */
  public static final Action DELETE_CUSTOM_ACTION = Action.of(PREFIX, "DeleteCustomAction");

  /** {@code chatbot:DeleteMicrosoftTeamsChannelConfiguration}: Write; on ChatbotConfiguration. */
  public static final Action DELETE_MICROSOFT_TEAMS_CHANNEL_CONFIGURATION = Action.of(PREFIX, "DeleteMicrosoftTeamsChannelConfiguration");

  /** {@code chatbot:DeleteMicrosoftTeamsConfiguredTeam}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MICROSOFT_TEAMS_CONFIGURED_TEAM = Action.of(PREFIX, "DeleteMicrosoftTeamsConfiguredTeam");

  /** {@code chatbot:DeleteMicrosoftTeamsUserIdentity}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MICROSOFT_TEAMS_USER_IDENTITY = Action.of(PREFIX, "DeleteMicrosoftTeamsUserIdentity");

  /** {@code chatbot:DeleteSlackChannelConfiguration}: Write; on ChatbotConfiguration. */
  public static final Action DELETE_SLACK_CHANNEL_CONFIGURATION = Action.of(PREFIX, "DeleteSlackChannelConfiguration");

  /** {@code chatbot:DeleteSlackUserIdentity}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SLACK_USER_IDENTITY = Action.of(PREFIX, "DeleteSlackUserIdentity");

  /** {@code chatbot:DeleteSlackWorkspaceAuthorization}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SLACK_WORKSPACE_AUTHORIZATION = Action.of(PREFIX, "DeleteSlackWorkspaceAuthorization");

  /** {@code chatbot:DescribeChimeWebhookConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CHIME_WEBHOOK_CONFIGURATIONS = Action.of(PREFIX, "DescribeChimeWebhookConfigurations");

  /** {@code chatbot:DescribeSlackChannelConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SLACK_CHANNEL_CONFIGURATIONS = Action.of(PREFIX, "DescribeSlackChannelConfigurations");

  /** {@code chatbot:DescribeSlackChannels}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SLACK_CHANNELS = Action.of(PREFIX, "DescribeSlackChannels");

  /** {@code chatbot:DescribeSlackUserIdentities}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SLACK_USER_IDENTITIES = Action.of(PREFIX, "DescribeSlackUserIdentities");

  /** {@code chatbot:DescribeSlackWorkspaces}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SLACK_WORKSPACES = Action.of(PREFIX, "DescribeSlackWorkspaces");

  /** {@code chatbot:DisassociateFromConfiguration}: Write; on ChatbotConfiguration, custom-action. */
  public static final Action DISASSOCIATE_FROM_CONFIGURATION = Action.of(PREFIX, "DisassociateFromConfiguration");

  /** {@code chatbot:GetAccountPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_PREFERENCES = Action.of(PREFIX, "GetAccountPreferences");

  /** {@code chatbot:GetCustomAction}: Read; on custom-action. */
  public static final Action GET_CUSTOM_ACTION = Action.of(PREFIX, "GetCustomAction");

  /** {@code chatbot:GetMicrosoftTeamsChannelConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MICROSOFT_TEAMS_CHANNEL_CONFIGURATION = Action.of(PREFIX, "GetMicrosoftTeamsChannelConfiguration");

  /** {@code chatbot:GetMicrosoftTeamsOauthParameters}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MICROSOFT_TEAMS_OAUTH_PARAMETERS = Action.of(PREFIX, "GetMicrosoftTeamsOauthParameters");

  /** {@code chatbot:GetSlackOauthParameters}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SLACK_OAUTH_PARAMETERS = Action.of(PREFIX, "GetSlackOauthParameters");

  /** {@code chatbot:ListAssociations}: Read; on ChatbotConfiguration. */
  public static final Action LIST_ASSOCIATIONS = Action.of(PREFIX, "ListAssociations");

  /** {@code chatbot:ListCustomActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_ACTIONS = Action.of(PREFIX, "ListCustomActions");

  /** {@code chatbot:ListMicrosoftTeamsChannelConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MICROSOFT_TEAMS_CHANNEL_CONFIGURATIONS = Action.of(PREFIX, "ListMicrosoftTeamsChannelConfigurations");

  /** {@code chatbot:ListMicrosoftTeamsConfiguredTeams}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MICROSOFT_TEAMS_CONFIGURED_TEAMS = Action.of(PREFIX, "ListMicrosoftTeamsConfiguredTeams");

  /** {@code chatbot:ListMicrosoftTeamsUserIdentities}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MICROSOFT_TEAMS_USER_IDENTITIES = Action.of(PREFIX, "ListMicrosoftTeamsUserIdentities");

  /** {@code chatbot:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code chatbot:RedeemMicrosoftTeamsOauthCode}: Write; on no resource type (give {@code *}). */
  public static final Action REDEEM_MICROSOFT_TEAMS_OAUTH_CODE = Action.of(PREFIX, "RedeemMicrosoftTeamsOauthCode");

  /** {@code chatbot:RedeemSlackOauthCode}: Write; on no resource type (give {@code *}). */
  public static final Action REDEEM_SLACK_OAUTH_CODE = Action.of(PREFIX, "RedeemSlackOauthCode");

  /** {@code chatbot:TagResource}: Tagging; on ChatbotConfiguration, custom-action. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code chatbot:UntagResource}: Tagging; on ChatbotConfiguration, custom-action. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code chatbot:UpdateAccountPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_PREFERENCES = Action.of(PREFIX, "UpdateAccountPreferences");

  /** {@code chatbot:UpdateChimeWebhookConfiguration}: Write; on ChatbotConfiguration. */
  public static final Action UPDATE_CHIME_WEBHOOK_CONFIGURATION = Action.of(PREFIX, "UpdateChimeWebhookConfiguration");

  /** {@code chatbot:UpdateCustomAction}: Write; on custom-action. */
  public static final Action UPDATE_CUSTOM_ACTION = Action.of(PREFIX, "UpdateCustomAction");

  /** {@code chatbot:UpdateMicrosoftTeamsChannelConfiguration}: Write; on ChatbotConfiguration. */
  public static final Action UPDATE_MICROSOFT_TEAMS_CHANNEL_CONFIGURATION = Action.of(PREFIX, "UpdateMicrosoftTeamsChannelConfiguration");

  /** {@code chatbot:UpdateSlackChannelConfiguration}: Write; on ChatbotConfiguration. */
  public static final Action UPDATE_SLACK_CHANNEL_CONFIGURATION = Action.of(PREFIX, "UpdateSlackChannelConfiguration");

  private Chatbot() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
