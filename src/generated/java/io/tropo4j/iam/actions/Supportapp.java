// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Support App in Slack (prefix {@code supportapp}), as the service authorization reference lists them.
 */
public final class Supportapp {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "supportapp";

  /** {@code supportapp:CreateSlackChannelConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SLACK_CHANNEL_CONFIGURATION = Action.of(PREFIX, "CreateSlackChannelConfiguration");

  /** {@code supportapp:DeleteAccountAlias}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_ALIAS = Action.of(PREFIX, "DeleteAccountAlias");

  /** {@code supportapp:DeleteSlackChannelConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SLACK_CHANNEL_CONFIGURATION = Action.of(PREFIX, "DeleteSlackChannelConfiguration");

  /** {@code supportapp:DeleteSlackWorkspaceConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SLACK_WORKSPACE_CONFIGURATION = Action.of(PREFIX, "DeleteSlackWorkspaceConfiguration");

  /** {@code supportapp:DescribeSlackChannels}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SLACK_CHANNELS = Action.of(PREFIX, "DescribeSlackChannels");

  /** {@code supportapp:GetAccountAlias}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_ALIAS = Action.of(PREFIX, "GetAccountAlias");

  /** {@code supportapp:GetSlackOauthParameters}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SLACK_OAUTH_PARAMETERS = Action.of(PREFIX, "GetSlackOauthParameters");

  /** {@code supportapp:ListSlackChannelConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SLACK_CHANNEL_CONFIGURATIONS = Action.of(PREFIX, "ListSlackChannelConfigurations");

  /** {@code supportapp:ListSlackWorkspaceConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SLACK_WORKSPACE_CONFIGURATIONS = Action.of(PREFIX, "ListSlackWorkspaceConfigurations");

  /** {@code supportapp:PutAccountAlias}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_ALIAS = Action.of(PREFIX, "PutAccountAlias");

  /** {@code supportapp:RedeemSlackOauthCode}: Write; on no resource type (give {@code *}). */
  public static final Action REDEEM_SLACK_OAUTH_CODE = Action.of(PREFIX, "RedeemSlackOauthCode");

  /** {@code supportapp:RegisterSlackWorkspaceForOrganization}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_SLACK_WORKSPACE_FOR_ORGANIZATION = Action.of(PREFIX, "RegisterSlackWorkspaceForOrganization");

  /** {@code supportapp:UpdateSlackChannelConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SLACK_CHANNEL_CONFIGURATION = Action.of(PREFIX, "UpdateSlackChannelConfiguration");

  private Supportapp() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
