// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeStar Connections (prefix {@code codestar-connections}), as the service authorization reference lists them.
 */
public final class CodestarConnections {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codestar-connections";

  /** {@code codestar-connections:CreateConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code codestar-connections:CreateHost}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HOST = Action.of(PREFIX, "CreateHost");

  /** {@code codestar-connections:CreateRepositoryLink}: Write; on Connection. */
  public static final Action CREATE_REPOSITORY_LINK = Action.of(PREFIX, "CreateRepositoryLink");

  /** {@code codestar-connections:CreateSyncConfiguration}: Write; on RepositoryLink. */
  public static final Action CREATE_SYNC_CONFIGURATION = Action.of(PREFIX, "CreateSyncConfiguration");

  /** {@code codestar-connections:DeleteConnection}: Write; on Connection. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code codestar-connections:DeleteHost}: Write; on Host. */
  public static final Action DELETE_HOST = Action.of(PREFIX, "DeleteHost");

  /** {@code codestar-connections:DeleteRepositoryLink}: Write; on RepositoryLink. */
  public static final Action DELETE_REPOSITORY_LINK = Action.of(PREFIX, "DeleteRepositoryLink");

  /** {@code codestar-connections:DeleteSyncConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SYNC_CONFIGURATION = Action.of(PREFIX, "DeleteSyncConfiguration");

  /** {@code codestar-connections:GetConnection}: Read; on Connection. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code codestar-connections:GetConnectionToken}: Read; on Connection. */
  public static final Action GET_CONNECTION_TOKEN = Action.of(PREFIX, "GetConnectionToken");

  /** {@code codestar-connections:GetHost}: Read; on Host. */
  public static final Action GET_HOST = Action.of(PREFIX, "GetHost");

  /** {@code codestar-connections:GetIndividualAccessToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INDIVIDUAL_ACCESS_TOKEN = Action.of(PREFIX, "GetIndividualAccessToken");

  /** {@code codestar-connections:GetInstallationUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTALLATION_URL = Action.of(PREFIX, "GetInstallationUrl");

  /** {@code codestar-connections:GetRepositoryLink}: Read; on RepositoryLink. */
  public static final Action GET_REPOSITORY_LINK = Action.of(PREFIX, "GetRepositoryLink");

  /** {@code codestar-connections:GetRepositorySyncStatus}: Read; on RepositoryLink. */
  public static final Action GET_REPOSITORY_SYNC_STATUS = Action.of(PREFIX, "GetRepositorySyncStatus");

  /** {@code codestar-connections:GetResourceSyncStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_SYNC_STATUS = Action.of(PREFIX, "GetResourceSyncStatus");

  /** {@code codestar-connections:GetSyncBlockerSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SYNC_BLOCKER_SUMMARY = Action.of(PREFIX, "GetSyncBlockerSummary");

  /** {@code codestar-connections:GetSyncConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SYNC_CONFIGURATION = Action.of(PREFIX, "GetSyncConfiguration");

  /** {@code codestar-connections:ListConnections}: List; on Connection. */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code codestar-connections:ListHosts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HOSTS = Action.of(PREFIX, "ListHosts");

  /** {@code codestar-connections:ListInstallationTargets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTALLATION_TARGETS = Action.of(PREFIX, "ListInstallationTargets");

  /** {@code codestar-connections:ListRepositoryLinks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORY_LINKS = Action.of(PREFIX, "ListRepositoryLinks");

  /** {@code codestar-connections:ListRepositorySyncDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORY_SYNC_DEFINITIONS = Action.of(PREFIX, "ListRepositorySyncDefinitions");

  /** {@code codestar-connections:ListSyncConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SYNC_CONFIGURATIONS = Action.of(PREFIX, "ListSyncConfigurations");

  /** {@code codestar-connections:ListTagsForResource}: List; on Connection, Host, RepositoryLink. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codestar-connections:PassConnection}: Read; on Connection. */
  public static final Action PASS_CONNECTION = Action.of(PREFIX, "PassConnection");

  /** {@code codestar-connections:PassRepository}: Read; on RepositoryLink. */
  public static final Action PASS_REPOSITORY = Action.of(PREFIX, "PassRepository");

  /** {@code codestar-connections:RegisterAppCode}: Read; on no resource type (give {@code *}). */
  public static final Action REGISTER_APP_CODE = Action.of(PREFIX, "RegisterAppCode");

  /** {@code codestar-connections:StartAppRegistrationHandshake}: Read; on no resource type (give {@code *}). */
  public static final Action START_APP_REGISTRATION_HANDSHAKE = Action.of(PREFIX, "StartAppRegistrationHandshake");

  /** {@code codestar-connections:StartOAuthHandshake}: Read; on no resource type (give {@code *}). */
  public static final Action START_O_AUTH_HANDSHAKE = Action.of(PREFIX, "StartOAuthHandshake");

  /** {@code codestar-connections:TagResource}: Tagging; on Connection, Host, RepositoryLink. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codestar-connections:UntagResource}: Tagging; on Connection, Host, RepositoryLink. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codestar-connections:UpdateConnectionInstallation}: Write; on Connection. */
  public static final Action UPDATE_CONNECTION_INSTALLATION = Action.of(PREFIX, "UpdateConnectionInstallation");

  /** {@code codestar-connections:UpdateHost}: Write; on Host. */
  public static final Action UPDATE_HOST = Action.of(PREFIX, "UpdateHost");

  /** {@code codestar-connections:UpdateRepositoryLink}: Write; on RepositoryLink. */
  public static final Action UPDATE_REPOSITORY_LINK = Action.of(PREFIX, "UpdateRepositoryLink");

  /** {@code codestar-connections:UpdateSyncBlocker}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SYNC_BLOCKER = Action.of(PREFIX, "UpdateSyncBlocker");

  /** {@code codestar-connections:UpdateSyncConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SYNC_CONFIGURATION = Action.of(PREFIX, "UpdateSyncConfiguration");

  /** {@code codestar-connections:UseConnection}: Read; on Connection. */
  public static final Action USE_CONNECTION = Action.of(PREFIX, "UseConnection");

  private CodestarConnections() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
