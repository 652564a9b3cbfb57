// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS SQL Workbench (prefix {@code sqlworkbench}), as the service authorization reference lists them.
 */
public final class Sqlworkbench {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sqlworkbench";

  /** {@code sqlworkbench:AssociateConnectionWithChart}: Write; on chart, connection. */
  public static final Action ASSOCIATE_CONNECTION_WITH_CHART = Action.of(PREFIX, "AssociateConnectionWithChart");

  /** {@code sqlworkbench:AssociateConnectionWithTab}: Write; on connection. */
  public static final Action ASSOCIATE_CONNECTION_WITH_TAB = Action.of(PREFIX, "AssociateConnectionWithTab");

  /** {@code sqlworkbench:AssociateNotebookWithTab}: Write; on notebook. */
  public static final Action ASSOCIATE_NOTEBOOK_WITH_TAB = Action.of(PREFIX, "AssociateNotebookWithTab");

  /** {@code sqlworkbench:AssociateQueryWithTab}: Write; on query. */
  public static final Action ASSOCIATE_QUERY_WITH_TAB = Action.of(PREFIX, "AssociateQueryWithTab");

  /** {@code sqlworkbench:BatchDeleteFolder}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_FOLDER = Action.of(PREFIX, "BatchDeleteFolder");

  /** {@code sqlworkbench:BatchGetNotebookCell}: Read; on notebook. */
  public static final Action BATCH_GET_NOTEBOOK_CELL = Action.of(PREFIX, "BatchGetNotebookCell");

  /** {@code sqlworkbench:CreateAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT = Action.of(PREFIX, "CreateAccount");

  /** {@code sqlworkbench:CreateChart}: Write; on chart. */
  public static final Action CREATE_CHART = Action.of(PREFIX, "CreateChart");

  /** {@code sqlworkbench:CreateConnection}: Write; on connection. */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code sqlworkbench:CreateFolder}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FOLDER = Action.of(PREFIX, "CreateFolder");

  /** {@code sqlworkbench:CreateNotebook}: Write; on notebook. */
  public static final Action CREATE_NOTEBOOK = Action.of(PREFIX, "CreateNotebook");

  /** {@code sqlworkbench:CreateNotebookCell}: Write; on notebook. */
  public static final Action CREATE_NOTEBOOK_CELL = Action.of(PREFIX, "CreateNotebookCell");

  /** {@code sqlworkbench:CreateNotebookFromVersion}: Write; on notebook. */
  public static final Action CREATE_NOTEBOOK_FROM_VERSION = Action.of(PREFIX, "CreateNotebookFromVersion");

  /** {@code sqlworkbench:CreateNotebookVersion}: Write; on notebook. */
  public static final Action CREATE_NOTEBOOK_VERSION = Action.of(PREFIX, "CreateNotebookVersion");

  /** {@code sqlworkbench:CreateSavedQuery}: Write; on query. */
  public static final Action CREATE_SAVED_QUERY = Action.of(PREFIX, "CreateSavedQuery");

  /** {@code sqlworkbench:DeleteChart}: Write; on chart. */
  public static final Action DELETE_CHART = Action.of(PREFIX, "DeleteChart");

  /** {@code sqlworkbench:DeleteConnection}: Write; on connection. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code sqlworkbench:DeleteNotebook}: Write; on notebook. */
  public static final Action DELETE_NOTEBOOK = Action.of(PREFIX, "DeleteNotebook");

  /** {@code sqlworkbench:DeleteNotebookCell}: Write; on notebook. */
  public static final Action DELETE_NOTEBOOK_CELL = Action.of(PREFIX, "DeleteNotebookCell");

  /** {@code sqlworkbench:DeleteNotebookVersion}: Write; on notebook. */
  public static final Action DELETE_NOTEBOOK_VERSION = Action.of(PREFIX, "DeleteNotebookVersion");

  /** {@code sqlworkbench:DeleteQCustomContext}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_Q_CUSTOM_CONTEXT = Action.of(PREFIX, "DeleteQCustomContext");

  /** {@code sqlworkbench:DeleteSavedQuery}: Write; on query. */
  public static final Action DELETE_SAVED_QUERY = Action.of(PREFIX, "DeleteSavedQuery");

  /** {@code sqlworkbench:DeleteSqlGenerationContext}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SQL_GENERATION_CONTEXT = Action.of(PREFIX, "DeleteSqlGenerationContext");

  /** {@code sqlworkbench:DeleteTab}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TAB = Action.of(PREFIX, "DeleteTab");

  /** {@code sqlworkbench:DriverExecute}: Write; on connection. */
  public static final Action DRIVER_EXECUTE = Action.of(PREFIX, "DriverExecute");

  /** {@code sqlworkbench:DuplicateNotebook}: Write; on notebook. */
  public static final Action DUPLICATE_NOTEBOOK = Action.of(PREFIX, "DuplicateNotebook");

  /** {@code sqlworkbench:ExportNotebook}: Read; on notebook. */
  public static final Action EXPORT_NOTEBOOK = Action.of(PREFIX, "ExportNotebook");

  /** {@code sqlworkbench:GenerateSession}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_SESSION = Action.of(PREFIX, "GenerateSession");

  /** {@code sqlworkbench:GetAccountInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_INFO = Action.of(PREFIX, "GetAccountInfo");

  /** {@code sqlworkbench:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code sqlworkbench:GetAutocompletionMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTOCOMPLETION_METADATA = Action.of(PREFIX, "GetAutocompletionMetadata");

  /** {@code sqlworkbench:GetAutocompletionResource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTOCOMPLETION_RESOURCE = Action.of(PREFIX, "GetAutocompletionResource");

  /** {@code sqlworkbench:GetChart}: Read; on chart. */
  public static final Action GET_CHART = Action.of(PREFIX, "GetChart");

  /** {@code sqlworkbench:GetConnection}: Read; on connection. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code sqlworkbench:GetNotebook}: Read; on notebook. */
  public static final Action GET_NOTEBOOK = Action.of(PREFIX, "GetNotebook");

  /** {@code sqlworkbench:GetNotebookVersion}: Read; on notebook. */
  public static final Action GET_NOTEBOOK_VERSION = Action.of(PREFIX, "GetNotebookVersion");

  /** {@code sqlworkbench:GetQCustomContext}: Read; on no resource type (give {@code *}). */
  public static final Action GET_Q_CUSTOM_CONTEXT = Action.of(PREFIX, "GetQCustomContext");

  /** {@code sqlworkbench:GetQSqlPromptQuotas}: Read; on no resource type (give {@code *}). */
  public static final Action GET_Q_SQL_PROMPT_QUOTAS = Action.of(PREFIX, "GetQSqlPromptQuotas");

  /** {@code sqlworkbench:GetQSqlRecommendations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_Q_SQL_RECOMMENDATIONS = Action.of(PREFIX, "GetQSqlRecommendations");

  /** {@code sqlworkbench:GetQueryExecutionHistory}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_EXECUTION_HISTORY = Action.of(PREFIX, "GetQueryExecutionHistory");

  /** {@code sqlworkbench:GetSavedQuery}: Read; on query. */
  public static final Action GET_SAVED_QUERY = Action.of(PREFIX, "GetSavedQuery");

  /** {@code sqlworkbench:GetSchemaInference}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SCHEMA_INFERENCE = Action.of(PREFIX, "GetSchemaInference");

  /** {@code sqlworkbench:GetSqlGenerationContext}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SQL_GENERATION_CONTEXT = Action.of(PREFIX, "GetSqlGenerationContext");

  /** {@code sqlworkbench:GetSqlRecommendations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SQL_RECOMMENDATIONS = Action.of(PREFIX, "GetSqlRecommendations");

  /** {@code sqlworkbench:GetUserInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_INFO = Action.of(PREFIX, "GetUserInfo");

  /** {@code sqlworkbench:GetUserWorkspaceSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_WORKSPACE_SETTINGS = Action.of(PREFIX, "GetUserWorkspaceSettings");

  /** {@code sqlworkbench:ImportNotebook}: Write; on notebook. */
  public static final Action IMPORT_NOTEBOOK = Action.of(PREFIX, "ImportNotebook");

  /** {@code sqlworkbench:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code sqlworkbench:ListDatabases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATABASES = Action.of(PREFIX, "ListDatabases");

  /** {@code sqlworkbench:ListFiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FILES = Action.of(PREFIX, "ListFiles");

  /** {@code sqlworkbench:ListNotebookVersions}: List; on notebook. */
  public static final Action LIST_NOTEBOOK_VERSIONS = Action.of(PREFIX, "ListNotebookVersions");

  /** {@code sqlworkbench:ListNotebooks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTEBOOKS = Action.of(PREFIX, "ListNotebooks");

  /** {@code sqlworkbench:ListQueryExecutionHistory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_QUERY_EXECUTION_HISTORY = Action.of(PREFIX, "ListQueryExecutionHistory");

  /** {@code sqlworkbench:ListRedshiftClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REDSHIFT_CLUSTERS = Action.of(PREFIX, "ListRedshiftClusters");

  /** {@code sqlworkbench:ListSampleDatabases}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SAMPLE_DATABASES = Action.of(PREFIX, "ListSampleDatabases");

  /** {@code sqlworkbench:ListSavedQueryVersions}: List; on query. */
  public static final Action LIST_SAVED_QUERY_VERSIONS = Action.of(PREFIX, "ListSavedQueryVersions");

  /** {@code sqlworkbench:ListTabs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TABS = Action.of(PREFIX, "ListTabs");

  /** {@code sqlworkbench:ListTaggedResources}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGGED_RESOURCES = Action.of(PREFIX, "ListTaggedResources");

  /** {@code sqlworkbench:ListTagsForResource}: Read; on chart, connection, notebook, query. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code sqlworkbench:PassAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action PASS_ACCOUNT_SETTINGS = Action.of(PREFIX, "PassAccountSettings");

  /** {@code sqlworkbench:PutQCustomContext}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_Q_CUSTOM_CONTEXT = Action.of(PREFIX, "PutQCustomContext");

  /** {@code sqlworkbench:PutSqlGenerationContext}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SQL_GENERATION_CONTEXT = Action.of(PREFIX, "PutSqlGenerationContext");

  /** {@code sqlworkbench:PutTab}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_TAB = Action.of(PREFIX, "PutTab");

  /** {@code sqlworkbench:PutUserWorkspaceSettings}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_USER_WORKSPACE_SETTINGS = Action.of(PREFIX, "PutUserWorkspaceSettings");

  /** {@code sqlworkbench:RestoreNotebookVersion}: Write; on notebook. */
  public static final Action RESTORE_NOTEBOOK_VERSION = Action.of(PREFIX, "RestoreNotebookVersion");

  /** {@code sqlworkbench:TagResource}: Tagging; on chart, connection, notebook, query. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code sqlworkbench:UntagResource}: Tagging; on chart, connection, notebook, query. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code sqlworkbench:UpdateAccountConnectionSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_CONNECTION_SETTINGS = Action.of(PREFIX, "UpdateAccountConnectionSettings");

  /** {@code sqlworkbench:UpdateAccountExportSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_EXPORT_SETTINGS = Action.of(PREFIX, "UpdateAccountExportSettings");

  /** {@code sqlworkbench:UpdateAccountGeneralSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_GENERAL_SETTINGS = Action.of(PREFIX, "UpdateAccountGeneralSettings");

  /** {@code sqlworkbench:UpdateAccountQSqlSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_Q_SQL_SETTINGS = Action.of(PREFIX, "UpdateAccountQSqlSettings");

  /** {@code sqlworkbench:UpdateChart}: Write; on chart. */
  public static final Action UPDATE_CHART = Action.of(PREFIX, "UpdateChart");

  /** {@code sqlworkbench:UpdateConnection}: Write; on connection. */
  public static final Action UPDATE_CONNECTION = Action.of(PREFIX, "UpdateConnection");

  /** {@code sqlworkbench:UpdateFileFolder}: Write; on chart, query. */
  public static final Action UPDATE_FILE_FOLDER = Action.of(PREFIX, "UpdateFileFolder");

  /** {@code sqlworkbench:UpdateFolder}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FOLDER = Action.of(PREFIX, "UpdateFolder");

  /** {@code sqlworkbench:UpdateNotebook}: Write; on notebook. */
  public static final Action UPDATE_NOTEBOOK = Action.of(PREFIX, "UpdateNotebook");

  /** {@code sqlworkbench:UpdateNotebookCellContent}: Write; on notebook. */
  public static final Action UPDATE_NOTEBOOK_CELL_CONTENT = Action.of(PREFIX, "UpdateNotebookCellContent");

  /** {@code sqlworkbench:UpdateNotebookCellLayout}: Write; on notebook. */
  public static final Action UPDATE_NOTEBOOK_CELL_LAYOUT = Action.of(PREFIX, "UpdateNotebookCellLayout");

  /** {@code sqlworkbench:UpdateSavedQuery}: Write; on query. */
  public static final Action UPDATE_SAVED_QUERY = Action.of(PREFIX, "UpdateSavedQuery");

  private Sqlworkbench() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
