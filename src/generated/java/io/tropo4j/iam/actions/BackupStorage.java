// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Backup storage (prefix {@code backup-storage}), as the service authorization reference lists them.
 */
public final class BackupStorage {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "backup-storage";

  /** {@code backup-storage:CommitBackupJob}: Write; on no resource type (give {@code *}). */
  public static final Action COMMIT_BACKUP_JOB = Action.of(PREFIX, "CommitBackupJob");

  /** {@code backup-storage:DeleteObjects}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_OBJECTS = Action.of(PREFIX, "DeleteObjects");

  /** {@code backup-storage:DescribeBackupJob}: Write; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BACKUP_JOB = Action.of(PREFIX, "DescribeBackupJob");

  /** {@code backup-storage:GetBaseBackup}: Write; on no resource type (give {@code *}). */
  public static final Action GET_BASE_BACKUP = Action.of(PREFIX, "GetBaseBackup");

  /** {@code backup-storage:GetChunk}: Write; on no resource type (give {@code *}). */
  public static final Action GET_CHUNK = Action.of(PREFIX, "GetChunk");

  /** {@code backup-storage:GetIncrementalBaseBackup}: Write; on no resource type (give {@code *}). */
  public static final Action GET_INCREMENTAL_BASE_BACKUP = Action.of(PREFIX, "GetIncrementalBaseBackup");

  /** {@code backup-storage:GetObjectMetadata}: Write; on no resource type (give {@code *}). */
  public static final Action GET_OBJECT_METADATA = Action.of(PREFIX, "GetObjectMetadata");

  /** {@code backup-storage:ListChunks}: Write; on no resource type (give {@code *}). */
  public static final Action LIST_CHUNKS = Action.of(PREFIX, "ListChunks");

  /** {@code backup-storage:ListObjects}: Write; on no resource type (give {@code *}). */
  public static final Action LIST_OBJECTS = Action.of(PREFIX, "ListObjects");

  /** {@code backup-storage:MountCapsule}: Write; on no resource type (give {@code *}). */
  public static final Action MOUNT_CAPSULE = Action.of(PREFIX, "MountCapsule");

  /** {@code backup-storage:NotifyObjectComplete}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_OBJECT_COMPLETE = Action.of(PREFIX, "NotifyObjectComplete");

  /** {@code backup-storage:PutChunk}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CHUNK = Action.of(PREFIX, "PutChunk");

  /** {@code backup-storage:PutObject}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_OBJECT = Action.of(PREFIX, "PutObject");

  /** {@code backup-storage:StartObject}: Write; on no resource type (give {@code *}). */
  public static final Action START_OBJECT = Action.of(PREFIX, "StartObject");

  /** {@code backup-storage:UpdateObjectComplete}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_OBJECT_COMPLETE = Action.of(PREFIX, "UpdateObjectComplete");

  private BackupStorage() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
