// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Aurora DSQL (prefix {@code dsql}), as the service authorization reference lists them.
 */
public final class Dsql {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "dsql";

  /** {@code dsql:AddPeerCluster}: Write; on Cluster. */
  public static final Action ADD_PEER_CLUSTER = Action.of(PREFIX, "AddPeerCluster");

  /** {@code dsql:CreateCluster}: Write; on Cluster. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code dsql:DbConnect}: Write; on Cluster. */
  public static final Action DB_CONNECT = Action.of(PREFIX, "DbConnect");

  /** {@code dsql:DbConnectAdmin}: Write; on Cluster. */
  public static final Action DB_CONNECT_ADMIN = Action.of(PREFIX, "DbConnectAdmin");

  /** {@code dsql:DeleteCluster}: Write; on Cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code dsql:DeleteClusterPolicy}: Write; on Cluster. */
  public static final Action DELETE_CLUSTER_POLICY = Action.of(PREFIX, "DeleteClusterPolicy");

  /** {@code dsql:GetBackupJob}: Read; on Cluster. */
  public static final Action GET_BACKUP_JOB = Action.of(PREFIX, "GetBackupJob");

  /** {@code dsql:GetCluster}: Read; on Cluster. */
  public static final Action GET_CLUSTER = Action.of(PREFIX, "GetCluster");

  /** {@code dsql:GetClusterPolicy}: Read; on Cluster. */
  public static final Action GET_CLUSTER_POLICY = Action.of(PREFIX, "GetClusterPolicy");

  /** {@code dsql:GetRestoreJob}: Read; on Cluster. */
  public static final Action GET_RESTORE_JOB = Action.of(PREFIX, "GetRestoreJob");

  /** {@code dsql:GetVpcEndpointServiceName}: Read; on Cluster. */
  public static final Action GET_VPC_ENDPOINT_SERVICE_NAME = Action.of(PREFIX, "GetVpcEndpointServiceName");

  /** {@code dsql:InjectError}: Write; on no resource type (give {@code *}). */
  public static final Action INJECT_ERROR = Action.of(PREFIX, "InjectError");

  /** {@code dsql:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code dsql:ListTagsForResource}: Read; on Cluster. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code dsql:PutClusterPolicy}: Write; on Cluster. */
  public static final Action PUT_CLUSTER_POLICY = Action.of(PREFIX, "PutClusterPolicy");

  /** {@code dsql:PutMultiRegionProperties}: Write; on Cluster. */
  public static final Action PUT_MULTI_REGION_PROPERTIES = Action.of(PREFIX, "PutMultiRegionProperties");

  /** {@code dsql:PutWitnessRegion}: Write; on Cluster. */
  public static final Action PUT_WITNESS_REGION = Action.of(PREFIX, "PutWitnessRegion");

  /** {@code dsql:RemovePeerCluster}: Write; on Cluster. */
  public static final Action REMOVE_PEER_CLUSTER = Action.of(PREFIX, "RemovePeerCluster");

  /** {@code dsql:StartBackupJob}: Write; on Cluster. */
  public static final Action START_BACKUP_JOB = Action.of(PREFIX, "StartBackupJob");

  /** {@code dsql:StartRestoreJob}: Write; on Cluster. */
  public static final Action START_RESTORE_JOB = Action.of(PREFIX, "StartRestoreJob");

  /** {@code dsql:StopBackupJob}: Write; on Cluster. */
  public static final Action STOP_BACKUP_JOB = Action.of(PREFIX, "StopBackupJob");

  /** {@code dsql:StopRestoreJob}: Write; on Cluster. */
  public static final Action STOP_RESTORE_JOB = Action.of(PREFIX, "StopRestoreJob");

  /** {@code dsql:TagResource}: Tagging; on Cluster. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code dsql:UntagResource}: Tagging; on Cluster. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code dsql:UpdateCluster}: Write; on Cluster. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  private Dsql() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
