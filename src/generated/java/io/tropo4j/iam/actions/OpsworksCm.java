// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS OpsWorks Configuration Management (prefix {@code opsworks-cm}), as the service authorization reference lists them.
 */
public final class OpsworksCm {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "opsworks-cm";

  /** {@code opsworks-cm:AssociateNode}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_NODE = Action.of(PREFIX, "AssociateNode");

  /** {@code opsworks-cm:CreateBackup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BACKUP = Action.of(PREFIX, "CreateBackup");

  /** {@code opsworks-cm:CreateServer}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVER = Action.of(PREFIX, "CreateServer");

  /** {@code opsworks-cm:DeleteBackup}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_BACKUP = Action.of(PREFIX, "DeleteBackup");

  /** {@code opsworks-cm:DeleteServer}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SERVER = Action.of(PREFIX, "DeleteServer");

  /** {@code opsworks-cm:DescribeAccountAttributes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ATTRIBUTES = Action.of(PREFIX, "DescribeAccountAttributes");

  /** {@code opsworks-cm:DescribeBackups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BACKUPS = Action.of(PREFIX, "DescribeBackups");

  /** {@code opsworks-cm:DescribeEvents}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code opsworks-cm:DescribeNodeAssociationStatus}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NODE_ASSOCIATION_STATUS = Action.of(PREFIX, "DescribeNodeAssociationStatus");

  /** {@code opsworks-cm:DescribeServers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVERS = Action.of(PREFIX, "DescribeServers");

  /** {@code opsworks-cm:DisassociateNode}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_NODE = Action.of(PREFIX, "DisassociateNode");

  /** {@code opsworks-cm:ExportServerEngineAttribute}: Read; on no resource type (give {@code *}). */
  public static final Action EXPORT_SERVER_ENGINE_ATTRIBUTE = Action.of(PREFIX, "ExportServerEngineAttribute");

  /** {@code opsworks-cm:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code opsworks-cm:RestoreServer}: Write; on no resource type (give {@code *}). */
  public static final Action RESTORE_SERVER = Action.of(PREFIX, "RestoreServer");

  /** {@code opsworks-cm:StartMaintenance}: Write; on no resource type (give {@code *}). */
  public static final Action START_MAINTENANCE = Action.of(PREFIX, "StartMaintenance");

  /** {@code opsworks-cm:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code opsworks-cm:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code opsworks-cm:UpdateServer}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVER = Action.of(PREFIX, "UpdateServer");

  /** {@code opsworks-cm:UpdateServerEngineAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVER_ENGINE_ATTRIBUTES = Action.of(PREFIX, "UpdateServerEngineAttributes");

  private OpsworksCm() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
