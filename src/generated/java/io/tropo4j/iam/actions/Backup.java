// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Backup (prefix {@code backup}), as the service authorization reference lists them.
 */
public final class Backup {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "backup";

  /** {@code backup:AssociateBackupVaultMpaApprovalTeam}: Write; on backupVault. */
  public static final Action ASSOCIATE_BACKUP_VAULT_MPA_APPROVAL_TEAM = Action.of(PREFIX, "AssociateBackupVaultMpaApprovalTeam");

  /** {@code backup:CancelLegalHold}: Write; on legalHold. */
  public static final Action CANCEL_LEGAL_HOLD = Action.of(PREFIX, "CancelLegalHold");

  /** {@code backup:CopyFromBackupVault}: Write; on recoveryPoint. */
  public static final Action COPY_FROM_BACKUP_VAULT = Action.of(PREFIX, "CopyFromBackupVault");

  /** {@code backup:CopyIntoBackupVault}: Write; on backupVault. */
  public static final Action COPY_INTO_BACKUP_VAULT = Action.of(PREFIX, "CopyIntoBackupVault");

  /** {@code backup:CreateBackupAccessPoint}: Write; on recoveryPoint. */
  public static final Action CREATE_BACKUP_ACCESS_POINT = Action.of(PREFIX, "CreateBackupAccessPoint");

  /** {@code backup:CreateBackupPlan}: Write; on backupPlan. */
  public static final Action CREATE_BACKUP_PLAN = Action.of(PREFIX, "CreateBackupPlan");

  /** {@code backup:CreateBackupSelection}: Write; on backupPlan. */
  public static final Action CREATE_BACKUP_SELECTION = Action.of(PREFIX, "CreateBackupSelection");

  /** {@code backup:CreateBackupVault}: Write; on backupVault. */
  public static final Action CREATE_BACKUP_VAULT = Action.of(PREFIX, "CreateBackupVault");

  /** {@code backup:CreateFramework}: Write; on framework. */
  public static final Action CREATE_FRAMEWORK = Action.of(PREFIX, "CreateFramework");

  /** {@code backup:CreateLegalHold}: Write; on legalHold. */
  public static final Action CREATE_LEGAL_HOLD = Action.of(PREFIX, "CreateLegalHold");

  /** {@code backup:CreateLogicallyAirGappedBackupVault}: Write; on backupVault. */
  public static final Action CREATE_LOGICALLY_AIR_GAPPED_BACKUP_VAULT = Action.of(PREFIX, "CreateLogicallyAirGappedBackupVault");

  /** {@code backup:CreateReportPlan}: Write; on reportPlan. */
  public static final Action CREATE_REPORT_PLAN = Action.of(PREFIX, "CreateReportPlan");

  /** {@code backup:CreateRestoreAccessBackupVault}: Write; on backupVault. */
  public static final Action CREATE_RESTORE_ACCESS_BACKUP_VAULT = Action.of(PREFIX, "CreateRestoreAccessBackupVault");

  /** {@code backup:CreateRestoreTestingPlan}: Write; on restoreTestingPlan. */
  public static final Action CREATE_RESTORE_TESTING_PLAN = Action.of(PREFIX, "CreateRestoreTestingPlan");

  /** {@code backup:CreateRestoreTestingSelection}: Write; on restoreTestingPlan. */
  public static final Action CREATE_RESTORE_TESTING_SELECTION = Action.of(PREFIX, "CreateRestoreTestingSelection");

  /** {@code backup:CreateTieringConfiguration}: Write; on tieringConfiguration. */
  public static final Action CREATE_TIERING_CONFIGURATION = Action.of(PREFIX, "CreateTieringConfiguration");

  /** {@code backup:DeleteBackupAccessPoint}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_BACKUP_ACCESS_POINT = Action.of(PREFIX, "DeleteBackupAccessPoint");

  /** {@code backup:DeleteBackupPlan}: Write; on backupPlan. */
  public static final Action DELETE_BACKUP_PLAN = Action.of(PREFIX, "DeleteBackupPlan");

  /** {@code backup:DeleteBackupSelection}: Write; on backupPlan. */
  public static final Action DELETE_BACKUP_SELECTION = Action.of(PREFIX, "DeleteBackupSelection");

  /** {@code backup:DeleteBackupVault}: Write; on backupVault. */
  public static final Action DELETE_BACKUP_VAULT = Action.of(PREFIX, "DeleteBackupVault");

  /** {@code backup:DeleteBackupVaultAccessPolicy}: Permissions management; on backupVault. */
  public static final Action DELETE_BACKUP_VAULT_ACCESS_POLICY = Action.of(PREFIX, "DeleteBackupVaultAccessPolicy");

  /** {@code backup:DeleteBackupVaultLockConfiguration}: Write; on backupVault. */
  public static final Action DELETE_BACKUP_VAULT_LOCK_CONFIGURATION = Action.of(PREFIX, "DeleteBackupVaultLockConfiguration");

  /** {@code backup:DeleteBackupVaultNotifications}: Write; on backupVault. */
  public static final Action DELETE_BACKUP_VAULT_NOTIFICATIONS = Action.of(PREFIX, "DeleteBackupVaultNotifications");

  /** {@code backup:DeleteBackupVaultSharingPolicy}: Permissions management; on backupVault. */
  public static final Action DELETE_BACKUP_VAULT_SHARING_POLICY = Action.of(PREFIX, "DeleteBackupVaultSharingPolicy");

  /** {@code backup:DeleteFramework}: Write; on framework. */
  public static final Action DELETE_FRAMEWORK = Action.of(PREFIX, "DeleteFramework");

  /** {@code backup:DeleteRecoveryPoint}: Write; on recoveryPoint. */
  public static final Action DELETE_RECOVERY_POINT = Action.of(PREFIX, "DeleteRecoveryPoint");

  /** {@code backup:DeleteReportPlan}: Write; on reportPlan. */
  public static final Action DELETE_REPORT_PLAN = Action.of(PREFIX, "DeleteReportPlan");

  /** {@code backup:DeleteRestoreTestingPlan}: Write; on restoreTestingPlan. */
  public static final Action DELETE_RESTORE_TESTING_PLAN = Action.of(PREFIX, "DeleteRestoreTestingPlan");

  /** {@code backup:DeleteRestoreTestingSelection}: Write; on restoreTestingPlan. */
  public static final Action DELETE_RESTORE_TESTING_SELECTION = Action.of(PREFIX, "DeleteRestoreTestingSelection");

  /** {@code backup:DeleteTieringConfiguration}: Write; on tieringConfiguration. */
  public static final Action DELETE_TIERING_CONFIGURATION = Action.of(PREFIX, "DeleteTieringConfiguration");

  /** {@code backup:DescribeBackupAccessPoint}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BACKUP_ACCESS_POINT = Action.of(PREFIX, "DescribeBackupAccessPoint");

  /** {@code backup:DescribeBackupJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BACKUP_JOB = Action.of(PREFIX, "DescribeBackupJob");

  /** {@code backup:DescribeBackupVault}: Read; on backupVault. */
  public static final Action DESCRIBE_BACKUP_VAULT = Action.of(PREFIX, "DescribeBackupVault");

  /** {@code backup:DescribeCopyJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COPY_JOB = Action.of(PREFIX, "DescribeCopyJob");

  /** {@code backup:DescribeFramework}: Read; on framework. */
  public static final Action DESCRIBE_FRAMEWORK = Action.of(PREFIX, "DescribeFramework");

  /** {@code backup:DescribeGlobalSettings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GLOBAL_SETTINGS = Action.of(PREFIX, "DescribeGlobalSettings");

  /** {@code backup:DescribeProtectedResource}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROTECTED_RESOURCE = Action.of(PREFIX, "DescribeProtectedResource");

  /** {@code backup:DescribeRecoveryPoint}: Read; on recoveryPoint. */
  public static final Action DESCRIBE_RECOVERY_POINT = Action.of(PREFIX, "DescribeRecoveryPoint");

  /** {@code backup:DescribeRegionSettings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGION_SETTINGS = Action.of(PREFIX, "DescribeRegionSettings");

  /** {@code backup:DescribeReportJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPORT_JOB = Action.of(PREFIX, "DescribeReportJob");

  /** {@code backup:DescribeReportPlan}: Read; on reportPlan. */
  public static final Action DESCRIBE_REPORT_PLAN = Action.of(PREFIX, "DescribeReportPlan");

  /** {@code backup:DescribeRestoreJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESTORE_JOB = Action.of(PREFIX, "DescribeRestoreJob");

  /** {@code backup:DescribeScanJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCAN_JOB = Action.of(PREFIX, "DescribeScanJob");

  /** {@code backup:DisassociateBackupVaultMpaApprovalTeam}: Write; on backupVault. */
  public static final Action DISASSOCIATE_BACKUP_VAULT_MPA_APPROVAL_TEAM = Action.of(PREFIX, "DisassociateBackupVaultMpaApprovalTeam");

  /** {@code backup:DisassociateRecoveryPoint}: Write; on recoveryPoint. */
  public static final Action DISASSOCIATE_RECOVERY_POINT = Action.of(PREFIX, "DisassociateRecoveryPoint");

  /** {@code backup:DisassociateRecoveryPointFromParent}: Write; on recoveryPoint. */
  public static final Action DISASSOCIATE_RECOVERY_POINT_FROM_PARENT = Action.of(PREFIX, "DisassociateRecoveryPointFromParent");

  /** {@code backup:ExportBackupPlanTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action EXPORT_BACKUP_PLAN_TEMPLATE = Action.of(PREFIX, "ExportBackupPlanTemplate");

  /** {@code backup:GetBackupPlan}: Read; on backupPlan. */
  public static final Action GET_BACKUP_PLAN = Action.of(PREFIX, "GetBackupPlan");

  /** {@code backup:GetBackupPlanFromJSON}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BACKUP_PLAN_FROM_JSON = Action.of(PREFIX, "GetBackupPlanFromJSON");

  /** {@code backup:GetBackupPlanFromTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BACKUP_PLAN_FROM_TEMPLATE = Action.of(PREFIX, "GetBackupPlanFromTemplate");

  /** {@code backup:GetBackupSelection}: Read; on backupPlan. */
  public static final Action GET_BACKUP_SELECTION = Action.of(PREFIX, "GetBackupSelection");

  /** {@code backup:GetBackupVaultAccessPolicy}: Read; on backupVault. */
  public static final Action GET_BACKUP_VAULT_ACCESS_POLICY = Action.of(PREFIX, "GetBackupVaultAccessPolicy");

  /** {@code backup:GetBackupVaultNotifications}: Read; on backupVault. */
  public static final Action GET_BACKUP_VAULT_NOTIFICATIONS = Action.of(PREFIX, "GetBackupVaultNotifications");

  /** {@code backup:GetBackupVaultSharingPolicy}: Read; on backupVault. */
  public static final Action GET_BACKUP_VAULT_SHARING_POLICY = Action.of(PREFIX, "GetBackupVaultSharingPolicy");

  /** {@code backup:GetLegalHold}: Read; on legalHold. */
  public static final Action GET_LEGAL_HOLD = Action.of(PREFIX, "GetLegalHold");

  /** {@code backup:GetRecoveryPointIndexDetails}: Read; on recoveryPoint. */
  public static final Action GET_RECOVERY_POINT_INDEX_DETAILS = Action.of(PREFIX, "GetRecoveryPointIndexDetails");

  /** {@code backup:GetRecoveryPointRestoreMetadata}: Read; on recoveryPoint. */
  public static final Action GET_RECOVERY_POINT_RESTORE_METADATA = Action.of(PREFIX, "GetRecoveryPointRestoreMetadata");

  /** {@code backup:GetRestoreJobMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESTORE_JOB_METADATA = Action.of(PREFIX, "GetRestoreJobMetadata");

  /** {@code backup:GetRestoreTestingInferredMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESTORE_TESTING_INFERRED_METADATA = Action.of(PREFIX, "GetRestoreTestingInferredMetadata");

  /** {@code backup:GetRestoreTestingPlan}: Read; on restoreTestingPlan. */
  public static final Action GET_RESTORE_TESTING_PLAN = Action.of(PREFIX, "GetRestoreTestingPlan");

  /** {@code backup:GetRestoreTestingSelection}: Read; on restoreTestingPlan. */
  public static final Action GET_RESTORE_TESTING_SELECTION = Action.of(PREFIX, "GetRestoreTestingSelection");

  /** {@code backup:GetSupportedResourceTypes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUPPORTED_RESOURCE_TYPES = Action.of(PREFIX, "GetSupportedResourceTypes");

  /** {@code backup:GetTieringConfiguration}: Read; on tieringConfiguration. */
  public static final Action GET_TIERING_CONFIGURATION = Action.of(PREFIX, "GetTieringConfiguration");

  /** {@code backup:ListBackupJobSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BACKUP_JOB_SUMMARIES = Action.of(PREFIX, "ListBackupJobSummaries");

  /** {@code backup:ListBackupJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BACKUP_JOBS = Action.of(PREFIX, "ListBackupJobs");

  /** {@code backup:ListBackupPlanTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BACKUP_PLAN_TEMPLATES = Action.of(PREFIX, "ListBackupPlanTemplates");

  /** {@code backup:ListBackupPlanVersions}: List; on backupPlan. */
  public static final Action LIST_BACKUP_PLAN_VERSIONS = Action.of(PREFIX, "ListBackupPlanVersions");

  /** {@code backup:ListBackupPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BACKUP_PLANS = Action.of(PREFIX, "ListBackupPlans");

  /** {@code backup:ListBackupSelections}: List; on backupPlan. */
  public static final Action LIST_BACKUP_SELECTIONS = Action.of(PREFIX, "ListBackupSelections");

  /** {@code backup:ListBackupVaults}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BACKUP_VAULTS = Action.of(PREFIX, "ListBackupVaults");

  /** {@code backup:ListCopyJobSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COPY_JOB_SUMMARIES = Action.of(PREFIX, "ListCopyJobSummaries");

  /** {@code backup:ListCopyJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COPY_JOBS = Action.of(PREFIX, "ListCopyJobs");

  /** {@code backup:ListFrameworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FRAMEWORKS = Action.of(PREFIX, "ListFrameworks");

  /** {@code backup:ListIndexedRecoveryPoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INDEXED_RECOVERY_POINTS = Action.of(PREFIX, "ListIndexedRecoveryPoints");

  /** {@code backup:ListIndexedRecoveryPointsForSearch}: Permissions management; on no resource type (give {@code *}). */
  public static final Action LIST_INDEXED_RECOVERY_POINTS_FOR_SEARCH = Action.of(PREFIX, "ListIndexedRecoveryPointsForSearch");

  /** {@code backup:ListLegalHolds}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LEGAL_HOLDS = Action.of(PREFIX, "ListLegalHolds");

  /** {@code backup:ListProtectedResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROTECTED_RESOURCES = Action.of(PREFIX, "ListProtectedResources");

  /** {@code backup:ListProtectedResourcesByBackupVault}: List; on backupVault. */
  public static final Action LIST_PROTECTED_RESOURCES_BY_BACKUP_VAULT = Action.of(PREFIX, "ListProtectedResourcesByBackupVault");

  /** {@code backup:ListRecoveryPointsByBackupVault}: List; on backupVault. */
  public static final Action LIST_RECOVERY_POINTS_BY_BACKUP_VAULT = Action.of(PREFIX, "ListRecoveryPointsByBackupVault");

  /** {@code backup:ListRecoveryPointsByLegalHold}: List; on legalHold. */
  public static final Action LIST_RECOVERY_POINTS_BY_LEGAL_HOLD = Action.of(PREFIX, "ListRecoveryPointsByLegalHold");

  /** {@code backup:ListRecoveryPointsByResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOVERY_POINTS_BY_RESOURCE = Action.of(PREFIX, "ListRecoveryPointsByResource");

  /** {@code backup:ListReportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPORT_JOBS = Action.of(PREFIX, "ListReportJobs");

  /** {@code backup:ListReportPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPORT_PLANS = Action.of(PREFIX, "ListReportPlans");

  /** {@code backup:ListRestoreAccessBackupVaults}: List; on backupVault. */
  public static final Action LIST_RESTORE_ACCESS_BACKUP_VAULTS = Action.of(PREFIX, "ListRestoreAccessBackupVaults");

  /** {@code backup:ListRestoreJobSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESTORE_JOB_SUMMARIES = Action.of(PREFIX, "ListRestoreJobSummaries");

  /** {@code backup:ListRestoreJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESTORE_JOBS = Action.of(PREFIX, "ListRestoreJobs");

  /** {@code backup:ListRestoreJobsByProtectedResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESTORE_JOBS_BY_PROTECTED_RESOURCE = Action.of(PREFIX, "ListRestoreJobsByProtectedResource");

  /** {@code backup:ListRestoreTestingPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESTORE_TESTING_PLANS = Action.of(PREFIX, "ListRestoreTestingPlans");

  /** {@code backup:ListRestoreTestingSelections}: List; on restoreTestingPlan. */
  public static final Action LIST_RESTORE_TESTING_SELECTIONS = Action.of(PREFIX, "ListRestoreTestingSelections");

  /** {@code backup:ListScanJobSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCAN_JOB_SUMMARIES = Action.of(PREFIX, "ListScanJobSummaries");

  /** {@code backup:ListScanJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCAN_JOBS = Action.of(PREFIX, "ListScanJobs");

  /** {@code backup:ListTags}: Read; on backupPlan, backupVault, framework, legalHold, recoveryPoint, reportPlan, restoreTestingPlan, tieringConfiguration. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code backup:ListTieringConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TIERING_CONFIGURATIONS = Action.of(PREFIX, "ListTieringConfigurations");

  /** {@code backup:PutBackupVaultAccessPolicy}: Permissions management; on backupVault. */
  public static final Action PUT_BACKUP_VAULT_ACCESS_POLICY = Action.of(PREFIX, "PutBackupVaultAccessPolicy");

  /** {@code backup:PutBackupVaultLockConfiguration}: Write; on backupVault. */
  public static final Action PUT_BACKUP_VAULT_LOCK_CONFIGURATION = Action.of(PREFIX, "PutBackupVaultLockConfiguration");

  /** {@code backup:PutBackupVaultNotifications}: Write; on backupVault. */
  public static final Action PUT_BACKUP_VAULT_NOTIFICATIONS = Action.of(PREFIX, "PutBackupVaultNotifications");

  /** {@code backup:PutBackupVaultSharingPolicy}: Permissions management; on backupVault. */
  public static final Action PUT_BACKUP_VAULT_SHARING_POLICY = Action.of(PREFIX, "PutBackupVaultSharingPolicy");

  /** {@code backup:PutRestoreValidationResult}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RESTORE_VALIDATION_RESULT = Action.of(PREFIX, "PutRestoreValidationResult");

  /** {@code backup:RevokeRestoreAccessBackupVault}: Write; on backupVault. */
  public static final Action REVOKE_RESTORE_ACCESS_BACKUP_VAULT = Action.of(PREFIX, "RevokeRestoreAccessBackupVault");

  /** {@code backup:SearchRecoveryPoint}: Permissions management; on recoveryPoint. */
  public static final Action SEARCH_RECOVERY_POINT = Action.of(PREFIX, "SearchRecoveryPoint");

  /** {@code backup:StartBackupJob}: Write; on backupVault. */
  public static final Action START_BACKUP_JOB = Action.of(PREFIX, "StartBackupJob");

  /** {@code backup:StartCopyJob}: Write; on recoveryPoint. */
  public static final Action START_COPY_JOB = Action.of(PREFIX, "StartCopyJob");

  /** {@code backup:StartReportJob}: Write; on reportPlan. */
  public static final Action START_REPORT_JOB = Action.of(PREFIX, "StartReportJob");

  /** {@code backup:StartRestoreJob}: Write; on recoveryPoint. */
  public static final Action START_RESTORE_JOB = Action.of(PREFIX, "StartRestoreJob");

  /** {@code backup:StartScanJob}: Write; on recoveryPoint. */
  public static final Action START_SCAN_JOB = Action.of(PREFIX, "StartScanJob");

  /** {@code backup:StopBackupJob}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_BACKUP_JOB = Action.of(PREFIX, "StopBackupJob");

  /** {@code backup:TagResource}: Tagging; on backupPlan, backupVault, framework, legalHold, recoveryPoint, reportPlan, restoreTestingPlan, tieringConfiguration. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code backup:UntagResource}: Tagging; on backupPlan, backupVault, framework, legalHold, recoveryPoint, reportPlan, restoreTestingPlan, tieringConfiguration. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code backup:UpdateBackupPlan}: Write; on backupPlan. */
  public static final Action UPDATE_BACKUP_PLAN = Action.of(PREFIX, "UpdateBackupPlan");

  /** {@code backup:UpdateFramework}: Write; on framework. */
  public static final Action UPDATE_FRAMEWORK = Action.of(PREFIX, "UpdateFramework");

  /** {@code backup:UpdateGlobalSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GLOBAL_SETTINGS = Action.of(PREFIX, "UpdateGlobalSettings");

  /** {@code backup:UpdateRecoveryPointIndexSettings}: Write; on recoveryPoint. */
  public static final Action UPDATE_RECOVERY_POINT_INDEX_SETTINGS = Action.of(PREFIX, "UpdateRecoveryPointIndexSettings");

  /** {@code backup:UpdateRecoveryPointLifecycle}: Write; on recoveryPoint. */
  public static final Action UPDATE_RECOVERY_POINT_LIFECYCLE = Action.of(PREFIX, "UpdateRecoveryPointLifecycle");

  /** {@code backup:UpdateRegionSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_REGION_SETTINGS = Action.of(PREFIX, "UpdateRegionSettings");

  /** {@code backup:UpdateReportPlan}: Write; on reportPlan. */
  public static final Action UPDATE_REPORT_PLAN = Action.of(PREFIX, "UpdateReportPlan");

  /** {@code backup:UpdateRestoreTestingPlan}: Write; on restoreTestingPlan. */
  public static final Action UPDATE_RESTORE_TESTING_PLAN = Action.of(PREFIX, "UpdateRestoreTestingPlan");

  /** {@code backup:UpdateRestoreTestingSelection}: Write; on restoreTestingPlan. */
  public static final Action UPDATE_RESTORE_TESTING_SELECTION = Action.of(PREFIX, "UpdateRestoreTestingSelection");

  /** {@code backup:UpdateTieringConfiguration}: Write; on tieringConfiguration. */
  public static final Action UPDATE_TIERING_CONFIGURATION = Action.of(PREFIX, "UpdateTieringConfiguration");

  private Backup() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
