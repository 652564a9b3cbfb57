// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Lake Formation (prefix {@code lakeformation}), as the service authorization reference lists them.
 */
public final class Lakeformation {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "lakeformation";

  /** {@code lakeformation:AddLFTagsToResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action ADD_LF_TAGS_TO_RESOURCE = Action.of(PREFIX, "AddLFTagsToResource");

  /** {@code lakeformation:BatchGrantPermissions}: Permissions management; on no resource type (give {@code *}). */
  public static final Action BATCH_GRANT_PERMISSIONS = Action.of(PREFIX, "BatchGrantPermissions");

  /** {@code lakeformation:BatchRevokePermissions}: Permissions management; on no resource type (give {@code *}). */
  public static final Action BATCH_REVOKE_PERMISSIONS = Action.of(PREFIX, "BatchRevokePermissions");

  /** {@code lakeformation:CancelTransaction}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_TRANSACTION = Action.of(PREFIX, "CancelTransaction");

  /** {@code lakeformation:CommitTransaction}: Write; on no resource type (give {@code *}). */
  public static final Action COMMIT_TRANSACTION = Action.of(PREFIX, "CommitTransaction");

  /** {@code lakeformation:CreateDataCellsFilter}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_CELLS_FILTER = Action.of(PREFIX, "CreateDataCellsFilter");

  /** {@code lakeformation:CreateLFTag}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LF_TAG = Action.of(PREFIX, "CreateLFTag");

  /** {@code lakeformation:CreateLFTagExpression}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LF_TAG_EXPRESSION = Action.of(PREFIX, "CreateLFTagExpression");

  /** {@code lakeformation:CreateLakeFormationIdentityCenterConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LAKE_FORMATION_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "CreateLakeFormationIdentityCenterConfiguration");

  /** {@code lakeformation:CreateLakeFormationOptIn}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LAKE_FORMATION_OPT_IN = Action.of(PREFIX, "CreateLakeFormationOptIn");

  /** {@code lakeformation:DeleteDataCellsFilter}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DATA_CELLS_FILTER = Action.of(PREFIX, "DeleteDataCellsFilter");

  /** {@code lakeformation:DeleteLFTag}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LF_TAG = Action.of(PREFIX, "DeleteLFTag");

  /** {@code lakeformation:DeleteLFTagExpression}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LF_TAG_EXPRESSION = Action.of(PREFIX, "DeleteLFTagExpression");

  /** {@code lakeformation:DeleteLakeFormationIdentityCenterConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LAKE_FORMATION_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "DeleteLakeFormationIdentityCenterConfiguration");

  /** {@code lakeformation:DeleteLakeFormationOptIn}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LAKE_FORMATION_OPT_IN = Action.of(PREFIX, "DeleteLakeFormationOptIn");

  /** {@code lakeformation:DeleteObjectsOnCancel}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_OBJECTS_ON_CANCEL = Action.of(PREFIX, "DeleteObjectsOnCancel");

  /** {@code lakeformation:DeregisterResource}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_RESOURCE = Action.of(PREFIX, "DeregisterResource");

  /** {@code lakeformation:DescribeLakeFormationIdentityCenterConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LAKE_FORMATION_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "DescribeLakeFormationIdentityCenterConfiguration");

  /** {@code lakeformation:DescribeResource}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESOURCE = Action.of(PREFIX, "DescribeResource");

  /** {@code lakeformation:DescribeTransaction}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSACTION = Action.of(PREFIX, "DescribeTransaction");

  /** {@code lakeformation:ExtendTransaction}: Write; on no resource type (give {@code *}). */
  public static final Action EXTEND_TRANSACTION = Action.of(PREFIX, "ExtendTransaction");

  /** {@code lakeformation:GetDataAccess}: Write; on no resource type (give {@code *}). */
  public static final Action GET_DATA_ACCESS = Action.of(PREFIX, "GetDataAccess");

  /** {@code lakeformation:GetDataCellsFilter}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_CELLS_FILTER = Action.of(PREFIX, "GetDataCellsFilter");

  /** {@code lakeformation:GetDataLakePrincipal}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_LAKE_PRINCIPAL = Action.of(PREFIX, "GetDataLakePrincipal");

  /** {@code lakeformation:GetDataLakeSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_LAKE_SETTINGS = Action.of(PREFIX, "GetDataLakeSettings");

  /** {@code lakeformation:GetEffectivePermissionsForPath}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EFFECTIVE_PERMISSIONS_FOR_PATH = Action.of(PREFIX, "GetEffectivePermissionsForPath");

  /** {@code lakeformation:GetLFTag}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LF_TAG = Action.of(PREFIX, "GetLFTag");

  /** {@code lakeformation:GetLFTagExpression}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LF_TAG_EXPRESSION = Action.of(PREFIX, "GetLFTagExpression");

  /** {@code lakeformation:GetQueryState}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_STATE = Action.of(PREFIX, "GetQueryState");

  /** {@code lakeformation:GetQueryStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_STATISTICS = Action.of(PREFIX, "GetQueryStatistics");

  /** {@code lakeformation:GetResourceLFTags}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_LF_TAGS = Action.of(PREFIX, "GetResourceLFTags");

  /** {@code lakeformation:GetTableObjects}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TABLE_OBJECTS = Action.of(PREFIX, "GetTableObjects");

  /** {@code lakeformation:GetTemporaryGluePartitionCredentials}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TEMPORARY_GLUE_PARTITION_CREDENTIALS = Action.of(PREFIX, "GetTemporaryGluePartitionCredentials");

  /** {@code lakeformation:GetTemporaryGlueTableCredentials}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TEMPORARY_GLUE_TABLE_CREDENTIALS = Action.of(PREFIX, "GetTemporaryGlueTableCredentials");

  /** {@code lakeformation:GetWorkUnitResults}: Read; on no resource type (give {@code *}). */
  public static final Action GET_WORK_UNIT_RESULTS = Action.of(PREFIX, "GetWorkUnitResults");

  /** {@code lakeformation:GetWorkUnits}: Read; on no resource type (give {@code *}). */
  public static final Action GET_WORK_UNITS = Action.of(PREFIX, "GetWorkUnits");

  /** {@code lakeformation:GrantPermissions}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GRANT_PERMISSIONS = Action.of(PREFIX, "GrantPermissions");

  /** {@code lakeformation:ListDataCellsFilter}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_CELLS_FILTER = Action.of(PREFIX, "ListDataCellsFilter");

  /** {@code lakeformation:ListLFTagExpressions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LF_TAG_EXPRESSIONS = Action.of(PREFIX, "ListLFTagExpressions");

  /** {@code lakeformation:ListLFTags}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LF_TAGS = Action.of(PREFIX, "ListLFTags");

  /** {@code lakeformation:ListLakeFormationOptIns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LAKE_FORMATION_OPT_INS = Action.of(PREFIX, "ListLakeFormationOptIns");

  /** {@code lakeformation:ListPermissions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PERMISSIONS = Action.of(PREFIX, "ListPermissions");

  /** {@code lakeformation:ListResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES = Action.of(PREFIX, "ListResources");

  /** {@code lakeformation:ListTableStorageOptimizers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TABLE_STORAGE_OPTIMIZERS = Action.of(PREFIX, "ListTableStorageOptimizers");

  /** {@code lakeformation:ListTransactions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRANSACTIONS = Action.of(PREFIX, "ListTransactions");

  /** {@code lakeformation:PutDataLakeSettings}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_DATA_LAKE_SETTINGS = Action.of(PREFIX, "PutDataLakeSettings");

  /** {@code lakeformation:RegisterResource}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_RESOURCE = Action.of(PREFIX, "RegisterResource");

  /** {@code lakeformation:RegisterResourceWithPrivilegedAccess}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_RESOURCE_WITH_PRIVILEGED_ACCESS = Action.of(PREFIX, "RegisterResourceWithPrivilegedAccess");

  /** {@code lakeformation:RemoveLFTagsFromResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action REMOVE_LF_TAGS_FROM_RESOURCE = Action.of(PREFIX, "RemoveLFTagsFromResource");

  /** {@code lakeformation:RevokePermissions}: Permissions management; on no resource type (give {@code *}). */
  public static final Action REVOKE_PERMISSIONS = Action.of(PREFIX, "RevokePermissions");

  /** {@code lakeformation:SearchDatabasesByLFTags}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_DATABASES_BY_LF_TAGS = Action.of(PREFIX, "SearchDatabasesByLFTags");

  /** {@code lakeformation:SearchTablesByLFTags}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_TABLES_BY_LF_TAGS = Action.of(PREFIX, "SearchTablesByLFTags");

  /** {@code lakeformation:StartQueryPlanning}: Write; on no resource type (give {@code *}). */
  public static final Action START_QUERY_PLANNING = Action.of(PREFIX, "StartQueryPlanning");

  /** {@code lakeformation:StartTransaction}: Write; on no resource type (give {@code *}). */
  public static final Action START_TRANSACTION = Action.of(PREFIX, "StartTransaction");

  /** {@code lakeformation:UpdateDataCellsFilter}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DATA_CELLS_FILTER = Action.of(PREFIX, "UpdateDataCellsFilter");

  /** {@code lakeformation:UpdateLFTag}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LF_TAG = Action.of(PREFIX, "UpdateLFTag");

  /** {@code lakeformation:UpdateLFTagExpression}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LF_TAG_EXPRESSION = Action.of(PREFIX, "UpdateLFTagExpression");

  /** {@code lakeformation:UpdateLakeFormationIdentityCenterConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LAKE_FORMATION_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "UpdateLakeFormationIdentityCenterConfiguration");

  /** {@code lakeformation:UpdateResource}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RESOURCE = Action.of(PREFIX, "UpdateResource");

  /** {@code lakeformation:UpdateTableObjects}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TABLE_OBJECTS = Action.of(PREFIX, "UpdateTableObjects");

  /** {@code lakeformation:UpdateTableStorageOptimizer}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TABLE_STORAGE_OPTIMIZER = Action.of(PREFIX, "UpdateTableStorageOptimizer");

  private Lakeformation() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
