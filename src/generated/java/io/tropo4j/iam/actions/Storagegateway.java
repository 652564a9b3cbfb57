// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Storage Gateway (prefix {@code storagegateway}), as the service authorization reference lists them.
 */
public final class Storagegateway {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "storagegateway";

  /** {@code storagegateway:ActivateGateway}: Write; on no resource type (give {@code *}). */
  public static final Action ACTIVATE_GATEWAY = Action.of(PREFIX, "ActivateGateway");

  /** {@code storagegateway:AddCache}: Write; on gateway. */
  public static final Action ADD_CACHE = Action.of(PREFIX, "AddCache");

  /** {@code storagegateway:AddTagsToResource}: Tagging; on cache-report, fs-association, gateway, share, tape, tapepool, volume. */
  public static final Action ADD_TAGS_TO_RESOURCE = Action.of(PREFIX, "AddTagsToResource");

  /** {@code storagegateway:AddUploadBuffer}: Write; on gateway. */
  public static final Action ADD_UPLOAD_BUFFER = Action.of(PREFIX, "AddUploadBuffer");

  /** {@code storagegateway:AddWorkingStorage}: Write; on gateway. */
  public static final Action ADD_WORKING_STORAGE = Action.of(PREFIX, "AddWorkingStorage");

  /** {@code storagegateway:AssignTapePool}: Write; on tape, tapepool. */
  public static final Action ASSIGN_TAPE_POOL = Action.of(PREFIX, "AssignTapePool");

  /** {@code storagegateway:AssociateFileSystem}: Write; on gateway. */
  public static final Action ASSOCIATE_FILE_SYSTEM = Action.of(PREFIX, "AssociateFileSystem");

  /** {@code storagegateway:AttachVolume}: Write; on gateway, volume. */
  public static final Action ATTACH_VOLUME = Action.of(PREFIX, "AttachVolume");

  /** {@code storagegateway:BypassGovernanceRetention}: Write; on tapepool. */
  public static final Action BYPASS_GOVERNANCE_RETENTION = Action.of(PREFIX, "BypassGovernanceRetention");

  /** {@code storagegateway:CancelArchival}: Write; on gateway, tape. */
  public static final Action CANCEL_ARCHIVAL = Action.of(PREFIX, "CancelArchival");

  /** {@code storagegateway:CancelCacheReport}: Write; on cache-report. */
  public static final Action CANCEL_CACHE_REPORT = Action.of(PREFIX, "CancelCacheReport");

  /** {@code storagegateway:CancelRetrieval}: Write; on gateway, tape. */
  public static final Action CANCEL_RETRIEVAL = Action.of(PREFIX, "CancelRetrieval");

  /** {@code storagegateway:CreateCachediSCSIVolume}: Write; on gateway, volume. */
  public static final Action CREATE_CACHEDI_SCSI_VOLUME = Action.of(PREFIX, "CreateCachediSCSIVolume");

  /** {@code storagegateway:CreateNFSFileShare}: Write; on gateway. */
  public static final Action CREATE_NFS_FILE_SHARE = Action.of(PREFIX, "CreateNFSFileShare");

  /** {@code storagegateway:CreateSMBFileShare}: Write; on gateway. */
  public static final Action CREATE_SMB_FILE_SHARE = Action.of(PREFIX, "CreateSMBFileShare");

  /** {@code storagegateway:CreateSnapshot}: Write; on volume. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code storagegateway:CreateSnapshotFromVolumeRecoveryPoint}: Write; on volume. */
  public static final Action CREATE_SNAPSHOT_FROM_VOLUME_RECOVERY_POINT = Action.of(PREFIX, "CreateSnapshotFromVolumeRecoveryPoint");

  /** {@code storagegateway:CreateStorediSCSIVolume}: Write; on gateway. */
  public static final Action CREATE_STOREDI_SCSI_VOLUME = Action.of(PREFIX, "CreateStorediSCSIVolume");

  /** {@code storagegateway:CreateTapePool}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TAPE_POOL = Action.of(PREFIX, "CreateTapePool");

  /** {@code storagegateway:CreateTapeWithBarcode}: Write; on gateway, tapepool. */
  public static final Action CREATE_TAPE_WITH_BARCODE = Action.of(PREFIX, "CreateTapeWithBarcode");

  /** {@code storagegateway:CreateTapes}: Write; on gateway, tapepool. */
  public static final Action CREATE_TAPES = Action.of(PREFIX, "CreateTapes");

  /** {@code storagegateway:DeleteAutomaticTapeCreationPolicy}: Write; on gateway. */
  public static final Action DELETE_AUTOMATIC_TAPE_CREATION_POLICY = Action.of(PREFIX, "DeleteAutomaticTapeCreationPolicy");

  /** {@code storagegateway:DeleteBandwidthRateLimit}: Write; on gateway. */
  public static final Action DELETE_BANDWIDTH_RATE_LIMIT = Action.of(PREFIX, "DeleteBandwidthRateLimit");

  /** {@code storagegateway:DeleteCacheReport}: Write; on cache-report. */
  public static final Action DELETE_CACHE_REPORT = Action.of(PREFIX, "DeleteCacheReport");

  /** {@code storagegateway:DeleteChapCredentials}: Permissions management; on target. */
  public static final Action DELETE_CHAP_CREDENTIALS = Action.of(PREFIX, "DeleteChapCredentials");

  /** {@code storagegateway:DeleteFileShare}: Write; on share. */
  public static final Action DELETE_FILE_SHARE = Action.of(PREFIX, "DeleteFileShare");

  /** {@code storagegateway:DeleteGateway}: Write; on gateway. */
  public static final Action DELETE_GATEWAY = Action.of(PREFIX, "DeleteGateway");

  /** {@code storagegateway:DeleteSnapshotSchedule}: Write; on volume. */
  public static final Action DELETE_SNAPSHOT_SCHEDULE = Action.of(PREFIX, "DeleteSnapshotSchedule");

  /** {@code storagegateway:DeleteTape}: Write; on gateway, tape. */
  public static final Action DELETE_TAPE = Action.of(PREFIX, "DeleteTape");

  /** {@code storagegateway:DeleteTapeArchive}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TAPE_ARCHIVE = Action.of(PREFIX, "DeleteTapeArchive");

  /** {@code storagegateway:DeleteTapePool}: Write; on tapepool. */
  public static final Action DELETE_TAPE_POOL = Action.of(PREFIX, "DeleteTapePool");

  /** {@code storagegateway:DeleteVolume}: Write; on volume. */
  public static final Action DELETE_VOLUME = Action.of(PREFIX, "DeleteVolume");

  /** {@code storagegateway:DescribeAvailabilityMonitorTest}: Read; on gateway. */
  public static final Action DESCRIBE_AVAILABILITY_MONITOR_TEST = Action.of(PREFIX, "DescribeAvailabilityMonitorTest");

  /** {@code storagegateway:DescribeBandwidthRateLimit}: Read; on gateway. */
  public static final Action DESCRIBE_BANDWIDTH_RATE_LIMIT = Action.of(PREFIX, "DescribeBandwidthRateLimit");

  /** {@code storagegateway:DescribeBandwidthRateLimitSchedule}: Read; on gateway. */
  public static final Action DESCRIBE_BANDWIDTH_RATE_LIMIT_SCHEDULE = Action.of(PREFIX, "DescribeBandwidthRateLimitSchedule");

  /** {@code storagegateway:DescribeCache}: Read; on gateway. */
  public static final Action DESCRIBE_CACHE = Action.of(PREFIX, "DescribeCache");

  /** {@code storagegateway:DescribeCacheReport}: Read; on cache-report. */
  public static final Action DESCRIBE_CACHE_REPORT = Action.of(PREFIX, "DescribeCacheReport");

  /** {@code storagegateway:DescribeCachediSCSIVolumes}: Read; on volume. */
  public static final Action DESCRIBE_CACHEDI_SCSI_VOLUMES = Action.of(PREFIX, "DescribeCachediSCSIVolumes");

  /** {@code storagegateway:DescribeChapCredentials}: Read; on target. */
  public static final Action DESCRIBE_CHAP_CREDENTIALS = Action.of(PREFIX, "DescribeChapCredentials");

  /** {@code storagegateway:DescribeFileSystemAssociations}: Read; on fs-association. */
  public static final Action DESCRIBE_FILE_SYSTEM_ASSOCIATIONS = Action.of(PREFIX, "DescribeFileSystemAssociations");

  /** {@code storagegateway:DescribeGatewayInformation}: Read; on gateway. */
  public static final Action DESCRIBE_GATEWAY_INFORMATION = Action.of(PREFIX, "DescribeGatewayInformation");

  /** {@code storagegateway:DescribeMaintenanceStartTime}: Read; on gateway. */
  public static final Action DESCRIBE_MAINTENANCE_START_TIME = Action.of(PREFIX, "DescribeMaintenanceStartTime");

  /** {@code storagegateway:DescribeNFSFileShares}: Read; on share. */
  public static final Action DESCRIBE_NFS_FILE_SHARES = Action.of(PREFIX, "DescribeNFSFileShares");

  /** {@code storagegateway:DescribeSMBFileShares}: Read; on share. */
  public static final Action DESCRIBE_SMB_FILE_SHARES = Action.of(PREFIX, "DescribeSMBFileShares");

  /** {@code storagegateway:DescribeSMBSettings}: Read; on gateway. */
  public static final Action DESCRIBE_SMB_SETTINGS = Action.of(PREFIX, "DescribeSMBSettings");

  /** {@code storagegateway:DescribeSnapshotSchedule}: Read; on volume. */
  public static final Action DESCRIBE_SNAPSHOT_SCHEDULE = Action.of(PREFIX, "DescribeSnapshotSchedule");

  /** {@code storagegateway:DescribeStorediSCSIVolumes}: Read; on volume. */
  public static final Action DESCRIBE_STOREDI_SCSI_VOLUMES = Action.of(PREFIX, "DescribeStorediSCSIVolumes");

  /** {@code storagegateway:DescribeTapeArchives}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TAPE_ARCHIVES = Action.of(PREFIX, "DescribeTapeArchives");

  /** {@code storagegateway:DescribeTapeRecoveryPoints}: Read; on gateway. */
  public static final Action DESCRIBE_TAPE_RECOVERY_POINTS = Action.of(PREFIX, "DescribeTapeRecoveryPoints");

  /** {@code storagegateway:DescribeTapes}: Read; on gateway. */
  public static final Action DESCRIBE_TAPES = Action.of(PREFIX, "DescribeTapes");

  /** {@code storagegateway:DescribeUploadBuffer}: Read; on gateway. */
  public static final Action DESCRIBE_UPLOAD_BUFFER = Action.of(PREFIX, "DescribeUploadBuffer");

  /** {@code storagegateway:DescribeVTLDevices}: Read; on gateway. */
  public static final Action DESCRIBE_VTL_DEVICES = Action.of(PREFIX, "DescribeVTLDevices");

  /** {@code storagegateway:DescribeWorkingStorage}: Read; on gateway. */
  public static final Action DESCRIBE_WORKING_STORAGE = Action.of(PREFIX, "DescribeWorkingStorage");

  /** {@code storagegateway:DetachVolume}: Write; on volume. */
  public static final Action DETACH_VOLUME = Action.of(PREFIX, "DetachVolume");

  /** {@code storagegateway:DisableGateway}: Write; on gateway. */
  public static final Action DISABLE_GATEWAY = Action.of(PREFIX, "DisableGateway");

  /** {@code storagegateway:DisassociateFileSystem}: Write; on fs-association. */
  public static final Action DISASSOCIATE_FILE_SYSTEM = Action.of(PREFIX, "DisassociateFileSystem");

  /** {@code storagegateway:EvictFilesFailingUpload}: Write; on share. */
  public static final Action EVICT_FILES_FAILING_UPLOAD = Action.of(PREFIX, "EvictFilesFailingUpload");

  /** {@code storagegateway:JoinDomain}: Write; on gateway. */
  public static final Action JOIN_DOMAIN = Action.of(PREFIX, "JoinDomain");

  /** {@code storagegateway:ListAutomaticTapeCreationPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATIC_TAPE_CREATION_POLICIES = Action.of(PREFIX, "ListAutomaticTapeCreationPolicies");

  /** {@code storagegateway:ListCacheReports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CACHE_REPORTS = Action.of(PREFIX, "ListCacheReports");

  /** {@code storagegateway:ListFileShares}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FILE_SHARES = Action.of(PREFIX, "ListFileShares");

  /** {@code storagegateway:ListFileSystemAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FILE_SYSTEM_ASSOCIATIONS = Action.of(PREFIX, "ListFileSystemAssociations");

  /** {@code storagegateway:ListGateways}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GATEWAYS = Action.of(PREFIX, "ListGateways");

  /** {@code storagegateway:ListLocalDisks}: List; on gateway. */
  public static final Action LIST_LOCAL_DISKS = Action.of(PREFIX, "ListLocalDisks");

  /** {@code storagegateway:ListTagsForResource}: List; on gateway, share, tape, volume. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code storagegateway:ListTapePools}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAPE_POOLS = Action.of(PREFIX, "ListTapePools");

  /** {@code storagegateway:ListTapes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAPES = Action.of(PREFIX, "ListTapes");

  /** {@code storagegateway:ListVolumeInitiators}: List; on volume. */
  public static final Action LIST_VOLUME_INITIATORS = Action.of(PREFIX, "ListVolumeInitiators");

  /** {@code storagegateway:ListVolumeRecoveryPoints}: List; on gateway. */
  public static final Action LIST_VOLUME_RECOVERY_POINTS = Action.of(PREFIX, "ListVolumeRecoveryPoints");

  /** {@code storagegateway:ListVolumes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VOLUMES = Action.of(PREFIX, "ListVolumes");

  /** {@code storagegateway:NotifyWhenUploaded}: Write; on share. */
  public static final Action NOTIFY_WHEN_UPLOADED = Action.of(PREFIX, "NotifyWhenUploaded");

  /** {@code storagegateway:RefreshCache}: Write; on share. */
  public static final Action REFRESH_CACHE = Action.of(PREFIX, "RefreshCache");

  /** {@code storagegateway:RemoveTagsFromResource}: Tagging; on cache-report, fs-association, gateway, share, tape, tapepool, volume. */
  public static final Action REMOVE_TAGS_FROM_RESOURCE = Action.of(PREFIX, "RemoveTagsFromResource");

  /** {@code storagegateway:ResetCache}: Write; on gateway. */
  public static final Action RESET_CACHE = Action.of(PREFIX, "ResetCache");

  /** {@code storagegateway:RetrieveTapeArchive}: Write; on gateway, tape. */
  public static final Action RETRIEVE_TAPE_ARCHIVE = Action.of(PREFIX, "RetrieveTapeArchive");

  /** {@code storagegateway:RetrieveTapeRecoveryPoint}: Write; on gateway, tape. */
  public static final Action RETRIEVE_TAPE_RECOVERY_POINT = Action.of(PREFIX, "RetrieveTapeRecoveryPoint");

  /** {@code storagegateway:SetLocalConsolePassword}: Permissions management; on gateway. */
  public static final Action SET_LOCAL_CONSOLE_PASSWORD = Action.of(PREFIX, "SetLocalConsolePassword");

  /** {@code storagegateway:SetSMBGuestPassword}: Permissions management; on gateway. */
  public static final Action SET_SMB_GUEST_PASSWORD = Action.of(PREFIX, "SetSMBGuestPassword");

  /** {@code storagegateway:ShutdownGateway}: Write; on gateway. */
  public static final Action SHUTDOWN_GATEWAY = Action.of(PREFIX, "ShutdownGateway");

  /** {@code storagegateway:StartAvailabilityMonitorTest}: Write; on gateway. */
  public static final Action START_AVAILABILITY_MONITOR_TEST = Action.of(PREFIX, "StartAvailabilityMonitorTest");

  /** {@code storagegateway:StartCacheReport}: Write; on share. */
  public static final Action START_CACHE_REPORT = Action.of(PREFIX, "StartCacheReport");

  /** {@code storagegateway:StartGateway}: Write; on gateway. */
  public static final Action START_GATEWAY = Action.of(PREFIX, "StartGateway");

  /** {@code storagegateway:UpdateAutomaticTapeCreationPolicy}: Write; on gateway, tapepool. */
  public static final Action UPDATE_AUTOMATIC_TAPE_CREATION_POLICY = Action.of(PREFIX, "UpdateAutomaticTapeCreationPolicy");

  /** {@code storagegateway:UpdateBandwidthRateLimit}: Write; on gateway. */
  public static final Action UPDATE_BANDWIDTH_RATE_LIMIT = Action.of(PREFIX, "UpdateBandwidthRateLimit");

  /** {@code storagegateway:UpdateBandwidthRateLimitSchedule}: Write; on gateway. */
  public static final Action UPDATE_BANDWIDTH_RATE_LIMIT_SCHEDULE = Action.of(PREFIX, "UpdateBandwidthRateLimitSchedule");

  /** {@code storagegateway:UpdateChapCredentials}: Permissions management; on target. */
  public static final Action UPDATE_CHAP_CREDENTIALS = Action.of(PREFIX, "UpdateChapCredentials");

  /** {@code storagegateway:UpdateFileSystemAssociation}: Write; on fs-association. */
  public static final Action UPDATE_FILE_SYSTEM_ASSOCIATION = Action.of(PREFIX, "UpdateFileSystemAssociation");

  /** {@code storagegateway:UpdateGatewayInformation}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY_INFORMATION = Action.of(PREFIX, "UpdateGatewayInformation");

  /** {@code storagegateway:UpdateGatewaySoftwareNow}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY_SOFTWARE_NOW = Action.of(PREFIX, "UpdateGatewaySoftwareNow");

  /** {@code storagegateway:UpdateMaintenanceStartTime}: Write; on gateway. */
  public static final Action UPDATE_MAINTENANCE_START_TIME = Action.of(PREFIX, "UpdateMaintenanceStartTime");

  /** {@code storagegateway:UpdateNFSFileShare}: Write; on share. */
  public static final Action UPDATE_NFS_FILE_SHARE = Action.of(PREFIX, "UpdateNFSFileShare");

  /** {@code storagegateway:UpdateSMBFileShare}: Write; on share. */
  public static final Action UPDATE_SMB_FILE_SHARE = Action.of(PREFIX, "UpdateSMBFileShare");

  /** {@code storagegateway:UpdateSMBFileShareVisibility}: Write; on gateway. */
  public static final Action UPDATE_SMB_FILE_SHARE_VISIBILITY = Action.of(PREFIX, "UpdateSMBFileShareVisibility");

  /** {@code storagegateway:UpdateSMBLocalGroups}: Write; on gateway. */
  public static final Action UPDATE_SMB_LOCAL_GROUPS = Action.of(PREFIX, "UpdateSMBLocalGroups");

  /** {@code storagegateway:UpdateSMBSecurityStrategy}: Write; on gateway. */
  public static final Action UPDATE_SMB_SECURITY_STRATEGY = Action.of(PREFIX, "UpdateSMBSecurityStrategy");

  /** {@code storagegateway:UpdateSnapshotSchedule}: Write; on volume. */
  public static final Action UPDATE_SNAPSHOT_SCHEDULE = Action.of(PREFIX, "UpdateSnapshotSchedule");

  /** {@code storagegateway:UpdateVTLDeviceType}: Write; on device. */
  public static final Action UPDATE_VTL_DEVICE_TYPE = Action.of(PREFIX, "UpdateVTLDeviceType");

  private Storagegateway() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
