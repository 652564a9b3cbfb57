// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon DocumentDB Elastic Clusters (prefix {@code docdb-elastic}), as the service authorization reference lists them.
 */
public final class DocdbElastic {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "docdb-elastic";

  /** {@code docdb-elastic:ApplyPendingMaintenanceAction}: Write; on cluster. */
  public static final Action APPLY_PENDING_MAINTENANCE_ACTION = Action.of(PREFIX, "ApplyPendingMaintenanceAction");

  /** {@code docdb-elastic:CopyClusterSnapshot}: Write; on cluster-snapshot. */
  public static final Action COPY_CLUSTER_SNAPSHOT = Action.of(PREFIX, "CopyClusterSnapshot");

  /** {@code docdb-elastic:CreateCluster}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code docdb-elastic:CreateClusterSnapshot}: Write; on cluster, cluster-snapshot. */
  public static final Action CREATE_CLUSTER_SNAPSHOT = Action.of(PREFIX, "CreateClusterSnapshot");

  /** {@code docdb-elastic:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code docdb-elastic:DeleteClusterSnapshot}: Write; on cluster-snapshot. */
  public static final Action DELETE_CLUSTER_SNAPSHOT = Action.of(PREFIX, "DeleteClusterSnapshot");

  /** {@code docdb-elastic:GetCluster}: Read; on cluster. */
  public static final Action GET_CLUSTER = Action.of(PREFIX, "GetCluster");

  /** {@code docdb-elastic:GetClusterSnapshot}: Read; on cluster-snapshot. */
  public static final Action GET_CLUSTER_SNAPSHOT = Action.of(PREFIX, "GetClusterSnapshot");

  /** {@code docdb-elastic:GetPendingMaintenanceAction}: Read; on cluster. */
  public static final Action GET_PENDING_MAINTENANCE_ACTION = Action.of(PREFIX, "GetPendingMaintenanceAction");

  /** {@code docdb-elastic:ListClusterSnapshots}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTER_SNAPSHOTS = Action.of(PREFIX, "ListClusterSnapshots");

  /** {@code docdb-elastic:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code docdb-elastic:ListPendingMaintenanceActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PENDING_MAINTENANCE_ACTIONS = Action.of(PREFIX, "ListPendingMaintenanceActions");

  /** {@code docdb-elastic:ListTagsForResource}: List; on cluster, cluster-snapshot. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code docdb-elastic:RestoreClusterFromSnapshot}: Write; on cluster, cluster-snapshot. */
  public static final Action RESTORE_CLUSTER_FROM_SNAPSHOT = Action.of(PREFIX, "RestoreClusterFromSnapshot");

  /** {@code docdb-elastic:StartCluster}: Write; on cluster. */
  public static final Action START_CLUSTER = Action.of(PREFIX, "StartCluster");

  /** {@code docdb-elastic:StopCluster}: Write; on cluster. */
  public static final Action STOP_CLUSTER = Action.of(PREFIX, "StopCluster");

  /** {@code docdb-elastic:TagResource}: Tagging; on cluster, cluster-snapshot. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code docdb-elastic:UntagResource}: Tagging; on cluster, cluster-snapshot. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code docdb-elastic:UpdateCluster}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  private DocdbElastic() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
