// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Managed Grafana (prefix {@code grafana}), as the service authorization reference lists them.
 */
public final class Grafana {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "grafana";

  /** {@code grafana:AssociateLicense}: Write; on workspace. */
  public static final Action ASSOCIATE_LICENSE = Action.of(PREFIX, "AssociateLicense");

  /** {@code grafana:CreateWorkspace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WORKSPACE = Action.of(PREFIX, "CreateWorkspace");

  /** {@code grafana:CreateWorkspaceApiKey}: Write; on workspace. */
  public static final Action CREATE_WORKSPACE_API_KEY = Action.of(PREFIX, "CreateWorkspaceApiKey");

  /** {@code grafana:CreateWorkspaceServiceAccount}: Write; on workspace. */
  public static final Action CREATE_WORKSPACE_SERVICE_ACCOUNT = Action.of(PREFIX, "CreateWorkspaceServiceAccount");

  /** {@code grafana:CreateWorkspaceServiceAccountToken}: Write; on workspace. */
  public static final Action CREATE_WORKSPACE_SERVICE_ACCOUNT_TOKEN = Action.of(PREFIX, "CreateWorkspaceServiceAccountToken");

  /** {@code grafana:DeleteWorkspace}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE = Action.of(PREFIX, "DeleteWorkspace");

  /** {@code grafana:DeleteWorkspaceApiKey}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE_API_KEY = Action.of(PREFIX, "DeleteWorkspaceApiKey");

  /** {@code grafana:DeleteWorkspaceServiceAccount}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE_SERVICE_ACCOUNT = Action.of(PREFIX, "DeleteWorkspaceServiceAccount");

  /** {@code grafana:DeleteWorkspaceServiceAccountToken}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE_SERVICE_ACCOUNT_TOKEN = Action.of(PREFIX, "DeleteWorkspaceServiceAccountToken");

  /** {@code grafana:DescribeWorkspace}: Read; on workspace. */
  public static final Action DESCRIBE_WORKSPACE = Action.of(PREFIX, "DescribeWorkspace");

  /** {@code grafana:DescribeWorkspaceAuthentication}: Read; on workspace. */
  public static final Action DESCRIBE_WORKSPACE_AUTHENTICATION = Action.of(PREFIX, "DescribeWorkspaceAuthentication");

  /** {@code grafana:DescribeWorkspaceConfiguration}: Read; on workspace. */
  public static final Action DESCRIBE_WORKSPACE_CONFIGURATION = Action.of(PREFIX, "DescribeWorkspaceConfiguration");

  /** {@code grafana:DisassociateLicense}: Write; on workspace. */
  public static final Action DISASSOCIATE_LICENSE = Action.of(PREFIX, "DisassociateLicense");

  /** {@code grafana:ListPermissions}: List; on workspace. */
  public static final Action LIST_PERMISSIONS = Action.of(PREFIX, "ListPermissions");

  /** {@code grafana:ListTagsForResource}: Read; on workspace. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code grafana:ListVersions}: List; on workspace. */
  public static final Action LIST_VERSIONS = Action.of(PREFIX, "ListVersions");

  /** {@code grafana:ListWorkspaceServiceAccountTokens}: Read; on workspace. */
  public static final Action LIST_WORKSPACE_SERVICE_ACCOUNT_TOKENS = Action.of(PREFIX, "ListWorkspaceServiceAccountTokens");

  /** {@code grafana:ListWorkspaceServiceAccounts}: Read; on workspace. */
  public static final Action LIST_WORKSPACE_SERVICE_ACCOUNTS = Action.of(PREFIX, "ListWorkspaceServiceAccounts");

  /** {@code grafana:ListWorkspaces}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WORKSPACES = Action.of(PREFIX, "ListWorkspaces");

  /** {@code grafana:TagResource}: Tagging; on workspace. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code grafana:UntagResource}: Tagging; on workspace. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code grafana:UpdatePermissions}: Permissions management; on workspace. */
  public static final Action UPDATE_PERMISSIONS = Action.of(PREFIX, "UpdatePermissions");

  /** {@code grafana:UpdateWorkspace}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE = Action.of(PREFIX, "UpdateWorkspace");

  /** {@code grafana:UpdateWorkspaceAuthentication}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE_AUTHENTICATION = Action.of(PREFIX, "UpdateWorkspaceAuthentication");

  /** {@code grafana:UpdateWorkspaceConfiguration}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE_CONFIGURATION = Action.of(PREFIX, "UpdateWorkspaceConfiguration");

  private Grafana() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
