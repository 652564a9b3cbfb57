// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Backup}: {@link BackupPlan}, {@link BackupSelection}, {@link
 * BackupVault}, {@link Framework}, {@link LegalHold}, {@link LogicallyAirGappedBackupVault}, {@link
 * ReportPlan}, {@link RestoreTestingPlan}, {@link RestoreTestingSelection}, {@link
 * TieringConfiguration}.
 */
package io.tropo4j.resources.backup;
