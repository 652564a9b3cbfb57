// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Secrets Manager (prefix {@code secretsmanager}), as the service authorization reference lists them.
 */
public final class Secretsmanager {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "secretsmanager";

  /** {@code secretsmanager:BatchGetSecretValue}: List; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_SECRET_VALUE = Action.of(PREFIX, "BatchGetSecretValue");

  /** {@code secretsmanager:CancelRotateSecret}: Write; on Secret. */
  public static final Action CANCEL_ROTATE_SECRET = Action.of(PREFIX, "CancelRotateSecret");

  /** {@code secretsmanager:CreateSecret}: Write; on Secret. */
  public static final Action CREATE_SECRET = Action.of(PREFIX, "CreateSecret");

  /** {@code secretsmanager:DeleteResourcePolicy}: Permissions management; on Secret. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code secretsmanager:DeleteSecret}: Write; on Secret. */
  public static final Action DELETE_SECRET = Action.of(PREFIX, "DeleteSecret");

  /** {@code secretsmanager:DescribeSecret}: Read; on Secret. */
  public static final Action DESCRIBE_SECRET = Action.of(PREFIX, "DescribeSecret");

  /** {@code secretsmanager:GetRandomPassword}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RANDOM_PASSWORD = Action.of(PREFIX, "GetRandomPassword");

  /** {@code secretsmanager:GetResourcePolicy}: Read; on Secret. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code secretsmanager:GetSecretValue}: Read; on Secret. */
  public static final Action GET_SECRET_VALUE = Action.of(PREFIX, "GetSecretValue");

  /** {@code secretsmanager:ListSecretVersionIds}: Read; on Secret. */
  public static final Action LIST_SECRET_VERSION_IDS = Action.of(PREFIX, "ListSecretVersionIds");

  /** {@code secretsmanager:ListSecrets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECRETS = Action.of(PREFIX, "ListSecrets");

  /** {@code secretsmanager:PutResourcePolicy}: Permissions management; on Secret. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code secretsmanager:PutSecretValue}: Write; on Secret. */
  public static final Action PUT_SECRET_VALUE = Action.of(PREFIX, "PutSecretValue");

  /** {@code secretsmanager:RemoveRegionsFromReplication}: Write; on Secret. */
  public static final Action REMOVE_REGIONS_FROM_REPLICATION = Action.of(PREFIX, "RemoveRegionsFromReplication");

  /** {@code secretsmanager:ReplicateSecretToRegions}: Write; on Secret. */
  public static final Action REPLICATE_SECRET_TO_REGIONS = Action.of(PREFIX, "ReplicateSecretToRegions");

  /** {@code secretsmanager:RestoreSecret}: Write; on Secret. */
  public static final Action RESTORE_SECRET = Action.of(PREFIX, "RestoreSecret");

  /** {@code secretsmanager:RotateSecret}: Write; on Secret. */
  public static final Action ROTATE_SECRET = Action.of(PREFIX, "RotateSecret");

  /** {@code secretsmanager:StopReplicationToReplica}: Write; on Secret. */
  public static final Action STOP_REPLICATION_TO_REPLICA = Action.of(PREFIX, "StopReplicationToReplica");

  /** {@code secretsmanager:TagResource}: Tagging; on Secret. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code secretsmanager:UntagResource}: Tagging; on Secret. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code secretsmanager:UpdateSecret}: Write; on Secret. */
  public static final Action UPDATE_SECRET = Action.of(PREFIX, "UpdateSecret");

  /** {@code secretsmanager:UpdateSecretVersionStage}: Write; on Secret. */
  public static final Action UPDATE_SECRET_VERSION_STAGE = Action.of(PREFIX, "UpdateSecretVersionStage");

  /** {@code secretsmanager:ValidateResourcePolicy}: Permissions management; on Secret. */
  public static final Action VALIDATE_RESOURCE_POLICY = Action.of(PREFIX, "ValidateResourcePolicy");

  private Secretsmanager() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
