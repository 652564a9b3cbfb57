// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkDocs (prefix {@code workdocs}), as the service authorization reference lists them.
 */
public final class Workdocs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "workdocs";

  /** {@code workdocs:AbortDocumentVersionUpload}: Write; on no resource type (give {@code *}). */
  public static final Action ABORT_DOCUMENT_VERSION_UPLOAD = Action.of(PREFIX, "AbortDocumentVersionUpload");

  /** {@code workdocs:ActivateUser}: Write; on no resource type (give {@code *}). */
  public static final Action ACTIVATE_USER = Action.of(PREFIX, "ActivateUser");

  /** {@code workdocs:AddNotificationPermissions}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_NOTIFICATION_PERMISSIONS = Action.of(PREFIX, "AddNotificationPermissions");

  /** {@code workdocs:AddResourcePermissions}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_RESOURCE_PERMISSIONS = Action.of(PREFIX, "AddResourcePermissions");

  /** {@code workdocs:AddUserToGroup}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_USER_TO_GROUP = Action.of(PREFIX, "AddUserToGroup");

  /** {@code workdocs:CheckAlias}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_ALIAS = Action.of(PREFIX, "CheckAlias");

  /** {@code workdocs:CreateComment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COMMENT = Action.of(PREFIX, "CreateComment");

  /** {@code workdocs:CreateCustomMetadata}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOM_METADATA = Action.of(PREFIX, "CreateCustomMetadata");

  /** {@code workdocs:CreateFolder}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FOLDER = Action.of(PREFIX, "CreateFolder");

  /** {@code workdocs:CreateInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INSTANCE = Action.of(PREFIX, "CreateInstance");

  /** {@code workdocs:CreateLabels}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LABELS = Action.of(PREFIX, "CreateLabels");

  /** {@code workdocs:CreateNotificationSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NOTIFICATION_SUBSCRIPTION = Action.of(PREFIX, "CreateNotificationSubscription");

  /** {@code workdocs:CreateUser}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code workdocs:DeactivateUser}: Write; on no resource type (give {@code *}). */
  public static final Action DEACTIVATE_USER = Action.of(PREFIX, "DeactivateUser");

  /** {@code workdocs:DeleteComment}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_COMMENT = Action.of(PREFIX, "DeleteComment");

  /** {@code workdocs:DeleteCustomMetadata}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CUSTOM_METADATA = Action.of(PREFIX, "DeleteCustomMetadata");

  /** {@code workdocs:DeleteDocument}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DOCUMENT = Action.of(PREFIX, "DeleteDocument");

  /** {@code workdocs:DeleteDocumentVersion}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DOCUMENT_VERSION = Action.of(PREFIX, "DeleteDocumentVersion");

  /** {@code workdocs:DeleteFolder}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FOLDER = Action.of(PREFIX, "DeleteFolder");

  /** {@code workdocs:DeleteFolderContents}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FOLDER_CONTENTS = Action.of(PREFIX, "DeleteFolderContents");

  /** {@code workdocs:DeleteInstance}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INSTANCE = Action.of(PREFIX, "DeleteInstance");

  /** {@code workdocs:DeleteLabels}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LABELS = Action.of(PREFIX, "DeleteLabels");

  /** {@code workdocs:DeleteNotificationPermissions}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_NOTIFICATION_PERMISSIONS = Action.of(PREFIX, "DeleteNotificationPermissions");

  /** {@code workdocs:DeleteNotificationSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_NOTIFICATION_SUBSCRIPTION = Action.of(PREFIX, "DeleteNotificationSubscription");

  /** {@code workdocs:DeleteUser}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code workdocs:DeregisterDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_DIRECTORY = Action.of(PREFIX, "DeregisterDirectory");

  /** {@code workdocs:DescribeActivities}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACTIVITIES = Action.of(PREFIX, "DescribeActivities");

  /** {@code workdocs:DescribeAvailableDirectories}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AVAILABLE_DIRECTORIES = Action.of(PREFIX, "DescribeAvailableDirectories");

  /** {@code workdocs:DescribeComments}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMMENTS = Action.of(PREFIX, "DescribeComments");

  /** {@code workdocs:DescribeDocumentVersions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DOCUMENT_VERSIONS = Action.of(PREFIX, "DescribeDocumentVersions");

  /** {@code workdocs:DescribeFolderContents}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FOLDER_CONTENTS = Action.of(PREFIX, "DescribeFolderContents");

  /** {@code workdocs:DescribeGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GROUPS = Action.of(PREFIX, "DescribeGroups");

  /** {@code workdocs:DescribeInstanceExports}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_EXPORTS = Action.of(PREFIX, "DescribeInstanceExports");

  /** {@code workdocs:DescribeInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCES = Action.of(PREFIX, "DescribeInstances");

  /** {@code workdocs:DescribeNotificationPermissions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NOTIFICATION_PERMISSIONS = Action.of(PREFIX, "DescribeNotificationPermissions");

  /** {@code workdocs:DescribeNotificationSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NOTIFICATION_SUBSCRIPTIONS = Action.of(PREFIX, "DescribeNotificationSubscriptions");

  /** {@code workdocs:DescribeResourcePermissions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESOURCE_PERMISSIONS = Action.of(PREFIX, "DescribeResourcePermissions");

  /** {@code workdocs:DescribeRootFolders}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ROOT_FOLDERS = Action.of(PREFIX, "DescribeRootFolders");

  /** {@code workdocs:DescribeUsers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USERS = Action.of(PREFIX, "DescribeUsers");

  /** {@code workdocs:DownloadDocumentVersion}: Read; on no resource type (give {@code *}). */
  public static final Action DOWNLOAD_DOCUMENT_VERSION = Action.of(PREFIX, "DownloadDocumentVersion");

  /** {@code workdocs:GetCurrentUser}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CURRENT_USER = Action.of(PREFIX, "GetCurrentUser");

  /** {@code workdocs:GetDocument}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOCUMENT = Action.of(PREFIX, "GetDocument");

  /** {@code workdocs:GetDocumentPath}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOCUMENT_PATH = Action.of(PREFIX, "GetDocumentPath");

  /** {@code workdocs:GetDocumentVersion}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOCUMENT_VERSION = Action.of(PREFIX, "GetDocumentVersion");

  /** {@code workdocs:GetFolder}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FOLDER = Action.of(PREFIX, "GetFolder");

  /** {@code workdocs:GetFolderPath}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FOLDER_PATH = Action.of(PREFIX, "GetFolderPath");

  /** {@code workdocs:GetGroup}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code workdocs:GetResources}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCES = Action.of(PREFIX, "GetResources");

  /** {@code workdocs:InitiateDocumentVersionUpload}: Write; on no resource type (give {@code *}). */
  public static final Action INITIATE_DOCUMENT_VERSION_UPLOAD = Action.of(PREFIX, "InitiateDocumentVersionUpload");

  /** {@code workdocs:RegisterDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_DIRECTORY = Action.of(PREFIX, "RegisterDirectory");

  /** {@code workdocs:RemoveAllResourcePermissions}: Write; on no resource type (give {@code *}). */
  public static final Action REMOVE_ALL_RESOURCE_PERMISSIONS = Action.of(PREFIX, "RemoveAllResourcePermissions");

  /** {@code workdocs:RemoveResourcePermission}: Write; on no resource type (give {@code *}). */
  public static final Action REMOVE_RESOURCE_PERMISSION = Action.of(PREFIX, "RemoveResourcePermission");

  /** {@code workdocs:RestoreDocumentVersions}: Write; on no resource type (give {@code *}). */
  public static final Action RESTORE_DOCUMENT_VERSIONS = Action.of(PREFIX, "RestoreDocumentVersions");

  /** {@code workdocs:SearchResources}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_RESOURCES = Action.of(PREFIX, "SearchResources");

  /** {@code workdocs:StartInstanceExport}: Write; on organization. */
  public static final Action START_INSTANCE_EXPORT = Action.of(PREFIX, "StartInstanceExport");

  /** {@code workdocs:UpdateDocument}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DOCUMENT = Action.of(PREFIX, "UpdateDocument");

  /** {@code workdocs:UpdateDocumentVersion}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DOCUMENT_VERSION = Action.of(PREFIX, "UpdateDocumentVersion");

  /** {@code workdocs:UpdateFolder}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FOLDER = Action.of(PREFIX, "UpdateFolder");

  /** {@code workdocs:UpdateInstanceAlias}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_INSTANCE_ALIAS = Action.of(PREFIX, "UpdateInstanceAlias");

  /** {@code workdocs:UpdateUser}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code workdocs:UpdateUserAdministrativeSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_ADMINISTRATIVE_SETTINGS = Action.of(PREFIX, "UpdateUserAdministrativeSettings");

  private Workdocs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
