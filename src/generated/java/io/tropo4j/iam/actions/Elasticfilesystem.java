// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic File System (prefix {@code elasticfilesystem}), as the service authorization reference lists them.
 */
public final class Elasticfilesystem {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elasticfilesystem";

  /** {@code elasticfilesystem:Backup}: Write; on file-system. */
  public static final Action BACKUP = Action.of(PREFIX, "Backup");

  /** {@code elasticfilesystem:ClientMount}: Read; on file-system. */
  public static final Action CLIENT_MOUNT = Action.of(PREFIX, "ClientMount");

  /** {@code elasticfilesystem:ClientRootAccess}: Write; on file-system. */
  public static final Action CLIENT_ROOT_ACCESS = Action.of(PREFIX, "ClientRootAccess");

  /** {@code elasticfilesystem:ClientWrite}: Write; on file-system. */
  public static final Action CLIENT_WRITE = Action.of(PREFIX, "ClientWrite");

  /** {@code elasticfilesystem:CreateAccessPoint}: Write; on file-system. */
  public static final Action CREATE_ACCESS_POINT = Action.of(PREFIX, "CreateAccessPoint");

  /** {@code elasticfilesystem:CreateFileSystem}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FILE_SYSTEM = Action.of(PREFIX, "CreateFileSystem");

  /** {@code elasticfilesystem:CreateMountTarget}: Write; on file-system. */
  public static final Action CREATE_MOUNT_TARGET = Action.of(PREFIX, "CreateMountTarget");

  /** {@code elasticfilesystem:CreateReplicationConfiguration}: Write; on file-system. */
  public static final Action CREATE_REPLICATION_CONFIGURATION = Action.of(PREFIX, "CreateReplicationConfiguration");

  /** {@code elasticfilesystem:CreateTags}: Tagging; on file-system. */
  public static final Action CREATE_TAGS = Action.of(PREFIX, "CreateTags");

  /** {@code elasticfilesystem:DeleteAccessPoint}: Write; on access-point. */
  public static final Action DELETE_ACCESS_POINT = Action.of(PREFIX, "DeleteAccessPoint");

  /** {@code elasticfilesystem:DeleteFileSystem}: Write; on file-system. */
  public static final Action DELETE_FILE_SYSTEM = Action.of(PREFIX, "DeleteFileSystem");

  /** {@code elasticfilesystem:DeleteFileSystemPolicy}: Permissions management; on file-system. */
  public static final Action DELETE_FILE_SYSTEM_POLICY = Action.of(PREFIX, "DeleteFileSystemPolicy");

  /** {@code elasticfilesystem:DeleteMountTarget}: Write; on file-system. */
  public static final Action DELETE_MOUNT_TARGET = Action.of(PREFIX, "DeleteMountTarget");

  /** {@code elasticfilesystem:DeleteReplicationConfiguration}: Write; on file-system. */
  public static final Action DELETE_REPLICATION_CONFIGURATION = Action.of(PREFIX, "DeleteReplicationConfiguration");

  /** {@code elasticfilesystem:DeleteTags}: Tagging; on file-system. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code elasticfilesystem:DescribeAccessPoints}: List; on access-point, file-system. */
  public static final Action DESCRIBE_ACCESS_POINTS = Action.of(PREFIX, "DescribeAccessPoints");

  /** {@code elasticfilesystem:DescribeAccountPreferences}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_PREFERENCES = Action.of(PREFIX, "DescribeAccountPreferences");

  /** {@code elasticfilesystem:DescribeBackupPolicy}: Read; on file-system. */
  public static final Action DESCRIBE_BACKUP_POLICY = Action.of(PREFIX, "DescribeBackupPolicy");

  /** {@code elasticfilesystem:DescribeFileSystemPolicy}: Read; on file-system. */
  public static final Action DESCRIBE_FILE_SYSTEM_POLICY = Action.of(PREFIX, "DescribeFileSystemPolicy");

  /** {@code elasticfilesystem:DescribeFileSystems}: List; on file-system. */
  public static final Action DESCRIBE_FILE_SYSTEMS = Action.of(PREFIX, "DescribeFileSystems");

  /** {@code elasticfilesystem:DescribeLifecycleConfiguration}: Read; on file-system. */
  public static final Action DESCRIBE_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "DescribeLifecycleConfiguration");

  /** {@code elasticfilesystem:DescribeMountTargetSecurityGroups}: Read; on file-system. */
  public static final Action DESCRIBE_MOUNT_TARGET_SECURITY_GROUPS = Action.of(PREFIX, "DescribeMountTargetSecurityGroups");

  /** {@code elasticfilesystem:DescribeMountTargets}: Read; on access-point, file-system. */
  public static final Action DESCRIBE_MOUNT_TARGETS = Action.of(PREFIX, "DescribeMountTargets");

  /** {@code elasticfilesystem:DescribeReplicationConfigurations}: List; on file-system. */
  public static final Action DESCRIBE_REPLICATION_CONFIGURATIONS = Action.of(PREFIX, "DescribeReplicationConfigurations");

  /** {@code elasticfilesystem:DescribeTags}: Read; on file-system. */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code elasticfilesystem:ListTagsForResource}: Read; on access-point, file-system. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code elasticfilesystem:ModifyMountTargetSecurityGroups}: Write; on file-system. */
  public static final Action MODIFY_MOUNT_TARGET_SECURITY_GROUPS = Action.of(PREFIX, "ModifyMountTargetSecurityGroups");

  /** {@code elasticfilesystem:PutAccountPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_PREFERENCES = Action.of(PREFIX, "PutAccountPreferences");

  /** {@code elasticfilesystem:PutBackupPolicy}: Write; on file-system. */
  public static final Action PUT_BACKUP_POLICY = Action.of(PREFIX, "PutBackupPolicy");

  /** {@code elasticfilesystem:PutFileSystemPolicy}: Permissions management; on file-system. */
  public static final Action PUT_FILE_SYSTEM_POLICY = Action.of(PREFIX, "PutFileSystemPolicy");

  /** {@code elasticfilesystem:PutLifecycleConfiguration}: Write; on file-system. */
  public static final Action PUT_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "PutLifecycleConfiguration");

  /** {@code elasticfilesystem:ReplicationRead}: Read; on file-system. */
  public static final Action REPLICATION_READ = Action.of(PREFIX, "ReplicationRead");

  /** {@code elasticfilesystem:ReplicationWrite}: Write; on file-system. */
  public static final Action REPLICATION_WRITE = Action.of(PREFIX, "ReplicationWrite");

  /** {@code elasticfilesystem:Restore}: Write; on file-system. */
  public static final Action RESTORE = Action.of(PREFIX, "Restore");

  /** {@code elasticfilesystem:TagResource}: Tagging; on access-point, file-system. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code elasticfilesystem:UntagResource}: Tagging; on access-point, file-system. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code elasticfilesystem:UpdateFileSystem}: Write; on file-system. */
  public static final Action UPDATE_FILE_SYSTEM = Action.of(PREFIX, "UpdateFileSystem");

  /** {@code elasticfilesystem:UpdateFileSystemProtection}: Write; on file-system. */
  public static final Action UPDATE_FILE_SYSTEM_PROTECTION = Action.of(PREFIX, "UpdateFileSystemProtection");

  private Elasticfilesystem() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
