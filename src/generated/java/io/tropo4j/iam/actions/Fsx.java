// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon FSx (prefix {@code fsx}), as the service authorization reference lists them.
 */
public final class Fsx {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "fsx";

  /** {@code fsx:AssociateFileGateway}: Write; on file-system. */
  public static final Action ASSOCIATE_FILE_GATEWAY = Action.of(PREFIX, "AssociateFileGateway");

  /** {@code fsx:AssociateFileSystemAliases}: Write; on file-system. */
  public static final Action ASSOCIATE_FILE_SYSTEM_ALIASES = Action.of(PREFIX, "AssociateFileSystemAliases");

  /** {@code fsx:BypassSnaplockEnterpriseRetention}: Permissions management; on volume. */
  public static final Action BYPASS_SNAPLOCK_ENTERPRISE_RETENTION = Action.of(PREFIX, "BypassSnaplockEnterpriseRetention");

  /** {@code fsx:CancelDataRepositoryTask}: Write; on task. */
  public static final Action CANCEL_DATA_REPOSITORY_TASK = Action.of(PREFIX, "CancelDataRepositoryTask");

  /** {@code fsx:CopyBackup}: Write; on backup. */
  public static final Action COPY_BACKUP = Action.of(PREFIX, "CopyBackup");

  /** {@code fsx:CopySnapshotAndUpdateVolume}: Write; on snapshot, volume. */
  public static final Action COPY_SNAPSHOT_AND_UPDATE_VOLUME = Action.of(PREFIX, "CopySnapshotAndUpdateVolume");

  /** {@code fsx:CreateAndAttachS3AccessPoint}: Write; on volume. */
  public static final Action CREATE_AND_ATTACH_S3_ACCESS_POINT = Action.of(PREFIX, "CreateAndAttachS3AccessPoint");

  /** {@code fsx:CreateBackup}: Write; on backup, file-system, volume. */
  public static final Action CREATE_BACKUP = Action.of(PREFIX, "CreateBackup");

  /** {@code fsx:CreateDataRepositoryAssociation}: Write; on association, file-system. */
  public static final Action CREATE_DATA_REPOSITORY_ASSOCIATION = Action.of(PREFIX, "CreateDataRepositoryAssociation");

  /** {@code fsx:CreateDataRepositoryTask}: Write; on file-system, task. */
  public static final Action CREATE_DATA_REPOSITORY_TASK = Action.of(PREFIX, "CreateDataRepositoryTask");

  /** {@code fsx:CreateFileCache}: Write; on association, file-cache. */
  public static final Action CREATE_FILE_CACHE = Action.of(PREFIX, "CreateFileCache");

  /** {@code fsx:CreateFileSystem}: Write; on file-system. */
  public static final Action CREATE_FILE_SYSTEM = Action.of(PREFIX, "CreateFileSystem");

  /** {@code fsx:CreateFileSystemFromBackup}: Write; on backup, file-system. */
  public static final Action CREATE_FILE_SYSTEM_FROM_BACKUP = Action.of(PREFIX, "CreateFileSystemFromBackup");

  /** {@code fsx:CreateSnapshot}: Write; on snapshot, volume. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code fsx:CreateStorageVirtualMachine}: Write; on file-system, storage-virtual-machine. */
  public static final Action CREATE_STORAGE_VIRTUAL_MACHINE = Action.of(PREFIX, "CreateStorageVirtualMachine");

  /** {@code fsx:CreateVolume}: Write; on snapshot, volume. */
  public static final Action CREATE_VOLUME = Action.of(PREFIX, "CreateVolume");

  /** {@code fsx:CreateVolumeFromBackup}: Write; on backup, storage-virtual-machine, volume. */
  public static final Action CREATE_VOLUME_FROM_BACKUP = Action.of(PREFIX, "CreateVolumeFromBackup");

  /** {@code fsx:DeleteBackup}: Write; on backup. */
  public static final Action DELETE_BACKUP = Action.of(PREFIX, "DeleteBackup");

  /** {@code fsx:DeleteDataRepositoryAssociation}: Write; on association. */
  public static final Action DELETE_DATA_REPOSITORY_ASSOCIATION = Action.of(PREFIX, "DeleteDataRepositoryAssociation");

  /** {@code fsx:DeleteFileCache}: Write; on association, file-cache. */
  public static final Action DELETE_FILE_CACHE = Action.of(PREFIX, "DeleteFileCache");

  /** {@code fsx:DeleteFileSystem}: Write; on backup, file-system. */
  public static final Action DELETE_FILE_SYSTEM = Action.of(PREFIX, "DeleteFileSystem");

  /** {@code fsx:DeleteResourcePolicy}: Permissions management; on volume. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code fsx:DeleteSnapshot}: Write; on snapshot. */
  public static final Action DELETE_SNAPSHOT = Action.of(PREFIX, "DeleteSnapshot");

  /** {@code fsx:DeleteStorageVirtualMachine}: Write; on storage-virtual-machine. */
  public static final Action DELETE_STORAGE_VIRTUAL_MACHINE = Action.of(PREFIX, "DeleteStorageVirtualMachine");

  /** {@code fsx:DeleteVolume}: Write; on backup, volume. */
  public static final Action DELETE_VOLUME = Action.of(PREFIX, "DeleteVolume");

  /** {@code fsx:DescribeAssociatedFileGateways}: Read; on file-system. */
  public static final Action DESCRIBE_ASSOCIATED_FILE_GATEWAYS = Action.of(PREFIX, "DescribeAssociatedFileGateways");

  /** {@code fsx:DescribeBackups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BACKUPS = Action.of(PREFIX, "DescribeBackups");

  /** {@code fsx:DescribeDataRepositoryAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_REPOSITORY_ASSOCIATIONS = Action.of(PREFIX, "DescribeDataRepositoryAssociations");

  /** {@code fsx:DescribeDataRepositoryTasks}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_REPOSITORY_TASKS = Action.of(PREFIX, "DescribeDataRepositoryTasks");

  /** {@code fsx:DescribeFileCaches}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FILE_CACHES = Action.of(PREFIX, "DescribeFileCaches");

  /** {@code fsx:DescribeFileSystemAliases}: Read; on file-system. */
  public static final Action DESCRIBE_FILE_SYSTEM_ALIASES = Action.of(PREFIX, "DescribeFileSystemAliases");

  /** {@code fsx:DescribeFileSystems}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FILE_SYSTEMS = Action.of(PREFIX, "DescribeFileSystems");

  /** {@code fsx:DescribeS3AccessPointAttachments}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_S3_ACCESS_POINT_ATTACHMENTS = Action.of(PREFIX, "DescribeS3AccessPointAttachments");

  /** {@code fsx:DescribeSharedVpcConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SHARED_VPC_CONFIGURATION = Action.of(PREFIX, "DescribeSharedVpcConfiguration");

  /** {@code fsx:DescribeSnapshots}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNAPSHOTS = Action.of(PREFIX, "DescribeSnapshots");

  /** {@code fsx:DescribeStorageVirtualMachines}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STORAGE_VIRTUAL_MACHINES = Action.of(PREFIX, "DescribeStorageVirtualMachines");

  /** {@code fsx:DescribeVolumes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VOLUMES = Action.of(PREFIX, "DescribeVolumes");

  /** {@code fsx:DetachAndDeleteS3AccessPoint}: Write; on volume. */
  public static final Action DETACH_AND_DELETE_S3_ACCESS_POINT = Action.of(PREFIX, "DetachAndDeleteS3AccessPoint");

  /** {@code fsx:DisassociateFileGateway}: Write; on file-system. */
  public static final Action DISASSOCIATE_FILE_GATEWAY = Action.of(PREFIX, "DisassociateFileGateway");

  /** {@code fsx:DisassociateFileSystemAliases}: Write; on file-system. */
  public static final Action DISASSOCIATE_FILE_SYSTEM_ALIASES = Action.of(PREFIX, "DisassociateFileSystemAliases");

  /** {@code fsx:GetResourcePolicy}: Permissions management; on volume. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code fsx:ListTagsForResource}: Read; on association, backup, file-cache, file-system, snapshot, storage-virtual-machine, task, volume. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code fsx:ManageBackupPrincipalAssociations}: Permissions management; on backup. */
  public static final Action MANAGE_BACKUP_PRINCIPAL_ASSOCIATIONS = Action.of(PREFIX, "ManageBackupPrincipalAssociations");

  /** {@code fsx:PutResourcePolicy}: Permissions management; on volume. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code fsx:ReleaseFileSystemNfsV3Locks}: Write; on file-system. */
  public static final Action RELEASE_FILE_SYSTEM_NFS_V3_LOCKS = Action.of(PREFIX, "ReleaseFileSystemNfsV3Locks");

  /** {@code fsx:RestoreVolumeFromSnapshot}: Write; on snapshot, volume. */
  public static final Action RESTORE_VOLUME_FROM_SNAPSHOT = Action.of(PREFIX, "RestoreVolumeFromSnapshot");

  /** {@code fsx:StartMisconfiguredStateRecovery}: Write; on file-system. */
  public static final Action START_MISCONFIGURED_STATE_RECOVERY = Action.of(PREFIX, "StartMisconfiguredStateRecovery");

  /** {@code fsx:TagResource}: Tagging; on association, backup, file-cache, file-system, snapshot, storage-virtual-machine, task, volume. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code fsx:UntagResource}: Tagging; on association, backup, file-cache, file-system, snapshot, storage-virtual-machine, task, volume. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code fsx:UpdateDataRepositoryAssociation}: Write; on association. */
  public static final Action UPDATE_DATA_REPOSITORY_ASSOCIATION = Action.of(PREFIX, "UpdateDataRepositoryAssociation");

  /** {@code fsx:UpdateFileCache}: Write; on file-cache. */
  public static final Action UPDATE_FILE_CACHE = Action.of(PREFIX, "UpdateFileCache");

  /** {@code fsx:UpdateFileSystem}: Write; on file-system. */
  public static final Action UPDATE_FILE_SYSTEM = Action.of(PREFIX, "UpdateFileSystem");

  /** {@code fsx:UpdateSharedVpcConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SHARED_VPC_CONFIGURATION = Action.of(PREFIX, "UpdateSharedVpcConfiguration");

  /** {@code fsx:UpdateSnapshot}: Write; on snapshot. */
  public static final Action UPDATE_SNAPSHOT = Action.of(PREFIX, "UpdateSnapshot");

  /** {@code fsx:UpdateStorageVirtualMachine}: Write; on storage-virtual-machine. */
  public static final Action UPDATE_STORAGE_VIRTUAL_MACHINE = Action.of(PREFIX, "UpdateStorageVirtualMachine");

  /** {@code fsx:UpdateVolume}: Write; on volume. */
  public static final Action UPDATE_VOLUME = Action.of(PREFIX, "UpdateVolume");

  private Fsx() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
