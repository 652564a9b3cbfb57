// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Wickr (prefix {@code wickr}), as the service authorization reference lists them.
 */
public final class Wickr {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "wickr";

  /** {@code wickr:BatchCreateUser}: Write; on network. */
  public static final Action BATCH_CREATE_USER = Action.of(PREFIX, "BatchCreateUser");

  /** {@code wickr:BatchDeleteUser}: Write; on network. */
  public static final Action BATCH_DELETE_USER = Action.of(PREFIX, "BatchDeleteUser");

  /** {@code wickr:BatchLookupUserUname}: Read; on network. */
  public static final Action BATCH_LOOKUP_USER_UNAME = Action.of(PREFIX, "BatchLookupUserUname");

  /** {@code wickr:BatchReinviteUser}: Write; on network. */
  public static final Action BATCH_REINVITE_USER = Action.of(PREFIX, "BatchReinviteUser");

  /** {@code wickr:BatchResetDevicesForUser}: Write; on network. */
  public static final Action BATCH_RESET_DEVICES_FOR_USER = Action.of(PREFIX, "BatchResetDevicesForUser");

  /** {@code wickr:BatchToggleUserSuspendStatus}: Write; on network. */
  public static final Action BATCH_TOGGLE_USER_SUSPEND_STATUS = Action.of(PREFIX, "BatchToggleUserSuspendStatus");

  /** {@code wickr:CreateAdminSession}: Write; on network. */
  public static final Action CREATE_ADMIN_SESSION = Action.of(PREFIX, "CreateAdminSession");

  /** {@code wickr:CreateBot}: Write; on network. */
  public static final Action CREATE_BOT = Action.of(PREFIX, "CreateBot");

  /** {@code wickr:CreateDataRetentionBot}: Write; on network. */
  public static final Action CREATE_DATA_RETENTION_BOT = Action.of(PREFIX, "CreateDataRetentionBot");

  /** {@code wickr:CreateDataRetentionBotChallenge}: Write; on network. */
  public static final Action CREATE_DATA_RETENTION_BOT_CHALLENGE = Action.of(PREFIX, "CreateDataRetentionBotChallenge");

  /** {@code wickr:CreateNetwork}: Write; on network. */
  public static final Action CREATE_NETWORK = Action.of(PREFIX, "CreateNetwork");

  /** {@code wickr:CreateSecurityGroup}: Write; on network. */
  public static final Action CREATE_SECURITY_GROUP = Action.of(PREFIX, "CreateSecurityGroup");

  /** {@code wickr:DeleteBot}: Write; on network. */
  public static final Action DELETE_BOT = Action.of(PREFIX, "DeleteBot");

  /** {@code wickr:DeleteDataRetentionBot}: Write; on network. */
  public static final Action DELETE_DATA_RETENTION_BOT = Action.of(PREFIX, "DeleteDataRetentionBot");

  /** {@code wickr:DeleteNetwork}: Write; on network. */
  public static final Action DELETE_NETWORK = Action.of(PREFIX, "DeleteNetwork");

  /** {@code wickr:DeleteSecurityGroup}: Write; on network. */
  public static final Action DELETE_SECURITY_GROUP = Action.of(PREFIX, "DeleteSecurityGroup");

  /** {@code wickr:GetBot}: Read; on network. */
  public static final Action GET_BOT = Action.of(PREFIX, "GetBot");

  /** {@code wickr:GetBotsCount}: Read; on network. */
  public static final Action GET_BOTS_COUNT = Action.of(PREFIX, "GetBotsCount");

  /** {@code wickr:GetDataRetentionBot}: Read; on network. */
  public static final Action GET_DATA_RETENTION_BOT = Action.of(PREFIX, "GetDataRetentionBot");

  /** {@code wickr:GetGuestUserHistoryCount}: Read; on network. */
  public static final Action GET_GUEST_USER_HISTORY_COUNT = Action.of(PREFIX, "GetGuestUserHistoryCount");

  /** {@code wickr:GetNetwork}: Read; on network. */
  public static final Action GET_NETWORK = Action.of(PREFIX, "GetNetwork");

  /** {@code wickr:GetNetworkSettings}: Read; on network. */
  public static final Action GET_NETWORK_SETTINGS = Action.of(PREFIX, "GetNetworkSettings");

  /** {@code wickr:GetOidcInfo}: Read; on network. */
  public static final Action GET_OIDC_INFO = Action.of(PREFIX, "GetOidcInfo");

  /** {@code wickr:GetSecurityGroup}: Read; on network. */
  public static final Action GET_SECURITY_GROUP = Action.of(PREFIX, "GetSecurityGroup");

  /** {@code wickr:GetUser}: Read; on network. */
  public static final Action GET_USER = Action.of(PREFIX, "GetUser");

  /** {@code wickr:GetUsersCount}: Read; on network. */
  public static final Action GET_USERS_COUNT = Action.of(PREFIX, "GetUsersCount");

  /** {@code wickr:ListBlockedGuestUsers}: Read; on network. */
  public static final Action LIST_BLOCKED_GUEST_USERS = Action.of(PREFIX, "ListBlockedGuestUsers");

  /** {@code wickr:ListBots}: Read; on network. */
  public static final Action LIST_BOTS = Action.of(PREFIX, "ListBots");

  /** {@code wickr:ListDevicesForUser}: Read; on network. */
  public static final Action LIST_DEVICES_FOR_USER = Action.of(PREFIX, "ListDevicesForUser");

  /** {@code wickr:ListGuestUsers}: Read; on network. */
  public static final Action LIST_GUEST_USERS = Action.of(PREFIX, "ListGuestUsers");

  /** {@code wickr:ListNetworks}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_NETWORKS = Action.of(PREFIX, "ListNetworks");

  /** {@code wickr:ListSecurityGroupUsers}: Read; on network. */
  public static final Action LIST_SECURITY_GROUP_USERS = Action.of(PREFIX, "ListSecurityGroupUsers");

  /** {@code wickr:ListSecurityGroups}: Read; on network. */
  public static final Action LIST_SECURITY_GROUPS = Action.of(PREFIX, "ListSecurityGroups");

  /** {@code wickr:ListTagsForResource}: Read; on network. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code wickr:ListUsers}: Read; on network. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code wickr:RegisterOidcConfig}: Write; on network. */
  public static final Action REGISTER_OIDC_CONFIG = Action.of(PREFIX, "RegisterOidcConfig");

  /** {@code wickr:RegisterOidcConfigTest}: Write; on network. */
  public static final Action REGISTER_OIDC_CONFIG_TEST = Action.of(PREFIX, "RegisterOidcConfigTest");

  /** {@code wickr:TagResource}: Tagging; on network. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code wickr:UntagResource}: Tagging; on network. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code wickr:UpdateBot}: Write; on network. */
  public static final Action UPDATE_BOT = Action.of(PREFIX, "UpdateBot");

  /** {@code wickr:UpdateDataRetention}: Write; on network. */
  public static final Action UPDATE_DATA_RETENTION = Action.of(PREFIX, "UpdateDataRetention");

  /** {@code wickr:UpdateGuestUser}: Write; on network. */
  public static final Action UPDATE_GUEST_USER = Action.of(PREFIX, "UpdateGuestUser");

  /** {@code wickr:UpdateNetworkDetails}: Write; on network. */
  public static final Action UPDATE_NETWORK_DETAILS = Action.of(PREFIX, "UpdateNetworkDetails");

  /** {@code wickr:UpdateNetworkSettings}: Write; on network. */
  public static final Action UPDATE_NETWORK_SETTINGS = Action.of(PREFIX, "UpdateNetworkSettings");

  /** {@code wickr:UpdateSecurityGroup}: Write; on network. */
  public static final Action UPDATE_SECURITY_GROUP = Action.of(PREFIX, "UpdateSecurityGroup");

  /** {@code wickr:UpdateUser}: Write; on network. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  private Wickr() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
