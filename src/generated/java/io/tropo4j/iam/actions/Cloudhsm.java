// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CloudHSM (prefix {@code cloudhsm}), as the service authorization reference lists them.
 */
public final class Cloudhsm {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudhsm";

  /** {@code cloudhsm:CopyBackupToRegion}: Write; on backup. */
  public static final Action COPY_BACKUP_TO_REGION = Action.of(PREFIX, "CopyBackupToRegion");

  /** {@code cloudhsm:CreateCluster}: Write; on backup. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code cloudhsm:CreateHsm}: Write; on cluster. */
  public static final Action CREATE_HSM = Action.of(PREFIX, "CreateHsm");

  /** {@code cloudhsm:DeleteBackup}: Write; on backup. */
  public static final Action DELETE_BACKUP = Action.of(PREFIX, "DeleteBackup");

  /** {@code cloudhsm:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code cloudhsm:DeleteHsm}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_HSM = Action.of(PREFIX, "DeleteHsm");

  /** {@code cloudhsm:DeleteResourcePolicy}: Write; on backup. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code cloudhsm:DescribeBackups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BACKUPS = Action.of(PREFIX, "DescribeBackups");

  /** {@code cloudhsm:DescribeClusters}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTERS = Action.of(PREFIX, "DescribeClusters");

  /** {@code cloudhsm:GetResourcePolicy}: Read; on backup. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code cloudhsm:InitializeCluster}: Write; on cluster. */
  public static final Action INITIALIZE_CLUSTER = Action.of(PREFIX, "InitializeCluster");

  /** {@code cloudhsm:ListTags}: Read; on backup, cluster. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code cloudhsm:ModifyBackupAttributes}: Write; on backup. */
  public static final Action MODIFY_BACKUP_ATTRIBUTES = Action.of(PREFIX, "ModifyBackupAttributes");

  /** {@code cloudhsm:ModifyCluster}: Write; on cluster. */
  public static final Action MODIFY_CLUSTER = Action.of(PREFIX, "ModifyCluster");

  /** {@code cloudhsm:PutResourcePolicy}: Write; on backup. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code cloudhsm:RestoreBackup}: Write; on backup. */
  public static final Action RESTORE_BACKUP = Action.of(PREFIX, "RestoreBackup");

  /** {@code cloudhsm:TagResource}: Tagging; on backup, cluster. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cloudhsm:UntagResource}: Tagging; on backup, cluster. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Cloudhsm() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
