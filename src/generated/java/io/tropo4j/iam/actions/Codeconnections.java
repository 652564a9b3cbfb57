// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeConnections (prefix {@code codeconnections}), as the service authorization reference lists them.
 */
public final class Codeconnections {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codeconnections";

  /** {@code codeconnections:CreateConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code codeconnections:CreateHost}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HOST = Action.of(PREFIX, "CreateHost");

  /** {@code codeconnections:CreateRepositoryLink}: Write; on Connection. */
  public static final Action CREATE_REPOSITORY_LINK = Action.of(PREFIX, "CreateRepositoryLink");

  /** {@code codeconnections:CreateSyncConfiguration}: Write; on RepositoryLink. */
  public static final Action CREATE_SYNC_CONFIGURATION = Action.of(PREFIX, "CreateSyncConfiguration");

  /** {@code codeconnections:DeleteConnection}: Write; on Connection. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code codeconnections:DeleteHost}: Write; on Host. */
  public static final Action DELETE_HOST = Action.of(PREFIX, "DeleteHost");

  /** {@code codeconnections:DeleteRepositoryLink}: Write; on RepositoryLink. */
  public static final Action DELETE_REPOSITORY_LINK = Action.of(PREFIX, "DeleteRepositoryLink");

  /** {@code codeconnections:DeleteSyncConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SYNC_CONFIGURATION = Action.of(PREFIX, "DeleteSyncConfiguration");

  /** {@code codeconnections:GetConnection}: Read; on Connection. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code codeconnections:GetConnectionToken}: Read; on Connection. */
  public static final Action GET_CONNECTION_TOKEN = Action.of(PREFIX, "GetConnectionToken");

  /** {@code codeconnections:GetHost}: Read; on Host. */
  public static final Action GET_HOST = Action.of(PREFIX, "GetHost");

  /** {@code codeconnections:GetIndividualAccessToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INDIVIDUAL_ACCESS_TOKEN = Action.of(PREFIX, "GetIndividualAccessToken");

  /** {@code codeconnections:GetInstallationUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTALLATION_URL = Action.of(PREFIX, "GetInstallationUrl");

  /** {@code codeconnections:GetRepositoryLink}: Read; on RepositoryLink. */
  public static final Action GET_REPOSITORY_LINK = Action.of(PREFIX, "GetRepositoryLink");

  /** {@code codeconnections:GetRepositorySyncStatus}: Read; on RepositoryLink. */
  public static final Action GET_REPOSITORY_SYNC_STATUS = Action.of(PREFIX, "GetRepositorySyncStatus");

  /** {@code codeconnections:GetResourceSyncStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_SYNC_STATUS = Action.of(PREFIX, "GetResourceSyncStatus");

  /** {@code codeconnections:GetSyncBlockerSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SYNC_BLOCKER_SUMMARY = Action.of(PREFIX, "GetSyncBlockerSummary");

  /** {@code codeconnections:GetSyncConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SYNC_CONFIGURATION = Action.of(PREFIX, "GetSyncConfiguration");

  /** {@code codeconnections:ListConnections}: List; on Connection. */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code codeconnections:ListHosts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HOSTS = Action.of(PREFIX, "ListHosts");

  /** {@code codeconnections:ListInstallationTargets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTALLATION_TARGETS = Action.of(PREFIX, "ListInstallationTargets");

  /** {@code codeconnections:ListRepositoryLinks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORY_LINKS = Action.of(PREFIX, "ListRepositoryLinks");

  /** {@code codeconnections:ListRepositorySyncDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORY_SYNC_DEFINITIONS = Action.of(PREFIX, "ListRepositorySyncDefinitions");

  /** {@code codeconnections:ListSyncConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SYNC_CONFIGURATIONS = Action.of(PREFIX, "ListSyncConfigurations");

  /** {@code codeconnections:ListTagsForResource}: List; on Connection, Host, RepositoryLink. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codeconnections:PassConnection}: Read; on Connection. */
  public static final Action PASS_CONNECTION = Action.of(PREFIX, "PassConnection");

  /** {@code codeconnections:PassRepository}: Read; on RepositoryLink. */
  public static final Action PASS_REPOSITORY = Action.of(PREFIX, "PassRepository");

  /** {@code codeconnections:RegisterAppCode}: Read; on no resource type (give {@code *}). */
  public static final Action REGISTER_APP_CODE = Action.of(PREFIX, "RegisterAppCode");

  /** {@code codeconnections:StartAppRegistrationHandshake}: Read; on no resource type (give {@code *}). */
  public static final Action START_APP_REGISTRATION_HANDSHAKE = Action.of(PREFIX, "StartAppRegistrationHandshake");

  /** {@code codeconnections:StartOAuthHandshake}: Read; on no resource type (give {@code *}). */
  public static final Action START_O_AUTH_HANDSHAKE = Action.of(PREFIX, "StartOAuthHandshake");

  /** {@code codeconnections:TagResource}: Tagging; on Connection, Host, RepositoryLink. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codeconnections:UntagResource}: Tagging; on Connection, Host, RepositoryLink. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codeconnections:UpdateConnectionInstallation}: Write; on Connection. */
  public static final Action UPDATE_CONNECTION_INSTALLATION = Action.of(PREFIX, "UpdateConnectionInstallation");

  /** {@code codeconnections:UpdateHost}: Write; on Host. */
  public static final Action UPDATE_HOST = Action.of(PREFIX, "UpdateHost");

  /** {@code codeconnections:UpdateRepositoryLink}: Write; on RepositoryLink. */
  public static final Action UPDATE_REPOSITORY_LINK = Action.of(PREFIX, "UpdateRepositoryLink");

  /** {@code codeconnections:UpdateSyncBlocker}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SYNC_BLOCKER = Action.of(PREFIX, "UpdateSyncBlocker");

  /** {@code codeconnections:UpdateSyncConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SYNC_CONFIGURATION = Action.of(PREFIX, "UpdateSyncConfiguration");

  /** {@code codeconnections:UseConnection}: Read; on Connection. */
  public static final Action USE_CONNECTION = Action.of(PREFIX, "UseConnection");

  private Codeconnections() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
