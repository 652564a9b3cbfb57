// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon FinSpace (prefix {@code finspace}), as the service authorization reference lists them.
 */
public final class Finspace {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "finspace";

  /** {@code finspace:ConnectKxCluster}: Write; on kxCluster. */
  public static final Action CONNECT_KX_CLUSTER = Action.of(PREFIX, "ConnectKxCluster");

  /** {@code finspace:CreateEnvironment}: Write; on environment. */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code finspace:CreateKxChangeset}: Write; on kxDatabase. */
  public static final Action CREATE_KX_CHANGESET = Action.of(PREFIX, "CreateKxChangeset");

  /** {@code finspace:CreateKxCluster}: Write; on kxCluster. */
  public static final Action CREATE_KX_CLUSTER = Action.of(PREFIX, "CreateKxCluster");

  /** {@code finspace:CreateKxDatabase}: Write; on kxDatabase. */
  public static final Action CREATE_KX_DATABASE = Action.of(PREFIX, "CreateKxDatabase");

  /** {@code finspace:CreateKxDataview}: Write; on kxDataview. */
  public static final Action CREATE_KX_DATAVIEW = Action.of(PREFIX, "CreateKxDataview");

  /** {@code finspace:CreateKxEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KX_ENVIRONMENT = Action.of(PREFIX, "CreateKxEnvironment");

  /** {@code finspace:CreateKxScalingGroup}: Write; on kxScalingGroup. */
  public static final Action CREATE_KX_SCALING_GROUP = Action.of(PREFIX, "CreateKxScalingGroup");

  /** {@code finspace:CreateKxUser}: Write; on kxEnvironment. */
  public static final Action CREATE_KX_USER = Action.of(PREFIX, "CreateKxUser");

  /** {@code finspace:CreateKxVolume}: Write; on kxVolume. */
  public static final Action CREATE_KX_VOLUME = Action.of(PREFIX, "CreateKxVolume");

  /** {@code finspace:CreateUser}: Write; on environment, user. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code finspace:DeleteEnvironment}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code finspace:DeleteKxCluster}: Write; on kxCluster. */
  public static final Action DELETE_KX_CLUSTER = Action.of(PREFIX, "DeleteKxCluster");

  /** {@code finspace:DeleteKxClusterNode}: Write; on kxCluster. */
  public static final Action DELETE_KX_CLUSTER_NODE = Action.of(PREFIX, "DeleteKxClusterNode");

  /** {@code finspace:DeleteKxDatabase}: Write; on kxDatabase. */
  public static final Action DELETE_KX_DATABASE = Action.of(PREFIX, "DeleteKxDatabase");

  /** {@code finspace:DeleteKxDataview}: Write; on kxDataview. */
  public static final Action DELETE_KX_DATAVIEW = Action.of(PREFIX, "DeleteKxDataview");

  /** {@code finspace:DeleteKxEnvironment}: Write; on kxEnvironment. */
  public static final Action DELETE_KX_ENVIRONMENT = Action.of(PREFIX, "DeleteKxEnvironment");

  /** {@code finspace:DeleteKxScalingGroup}: Write; on kxScalingGroup. */
  public static final Action DELETE_KX_SCALING_GROUP = Action.of(PREFIX, "DeleteKxScalingGroup");

  /** {@code finspace:DeleteKxUser}: Write; on kxUser. */
  public static final Action DELETE_KX_USER = Action.of(PREFIX, "DeleteKxUser");

  /** {@code finspace:DeleteKxVolume}: Write; on kxVolume. */
  public static final Action DELETE_KX_VOLUME = Action.of(PREFIX, "DeleteKxVolume");

  /** {@code finspace:GetEnvironment}: Read; on environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code finspace:GetKxChangeset}: Read; on kxDatabase. */
  public static final Action GET_KX_CHANGESET = Action.of(PREFIX, "GetKxChangeset");

  /** {@code finspace:GetKxCluster}: Read; on kxCluster. */
  public static final Action GET_KX_CLUSTER = Action.of(PREFIX, "GetKxCluster");

  /** {@code finspace:GetKxConnectionString}: Read; on kxCluster. */
  public static final Action GET_KX_CONNECTION_STRING = Action.of(PREFIX, "GetKxConnectionString");

  /** {@code finspace:GetKxDatabase}: Read; on kxDatabase. */
  public static final Action GET_KX_DATABASE = Action.of(PREFIX, "GetKxDatabase");

  /** {@code finspace:GetKxDataview}: Read; on kxDataview. */
  public static final Action GET_KX_DATAVIEW = Action.of(PREFIX, "GetKxDataview");

  /** {@code finspace:GetKxEnvironment}: Read; on kxEnvironment. */
  public static final Action GET_KX_ENVIRONMENT = Action.of(PREFIX, "GetKxEnvironment");

  /** {@code finspace:GetKxScalingGroup}: Read; on kxScalingGroup. */
  public static final Action GET_KX_SCALING_GROUP = Action.of(PREFIX, "GetKxScalingGroup");

  /** {@code finspace:GetKxUser}: Read; on kxUser. */
  public static final Action GET_KX_USER = Action.of(PREFIX, "GetKxUser");

  /** {@code finspace:GetKxVolume}: Read; on kxVolume. */
  public static final Action GET_KX_VOLUME = Action.of(PREFIX, "GetKxVolume");

  /** {@code finspace:GetLoadSampleDataSetGroupIntoEnvironmentStatus}: Read; on environment. */
  public static final Action GET_LOAD_SAMPLE_DATA_SET_GROUP_INTO_ENVIRONMENT_STATUS = Action.of(PREFIX, "GetLoadSampleDataSetGroupIntoEnvironmentStatus");

  /** {@code finspace:GetUser}: Read; on environment, user. */
  public static final Action GET_USER = Action.of(PREFIX, "GetUser");

  /** {@code finspace:ListEnvironments}: List; on environment. */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code finspace:ListKxChangesets}: List; on kxDatabase. */
  public static final Action LIST_KX_CHANGESETS = Action.of(PREFIX, "ListKxChangesets");

  /** {@code finspace:ListKxClusterNodes}: List; on kxCluster. */
  public static final Action LIST_KX_CLUSTER_NODES = Action.of(PREFIX, "ListKxClusterNodes");

  /** {@code finspace:ListKxClusters}: List; on kxEnvironment. */
  public static final Action LIST_KX_CLUSTERS = Action.of(PREFIX, "ListKxClusters");

  /** {@code finspace:ListKxDatabases}: List; on kxEnvironment. */
  public static final Action LIST_KX_DATABASES = Action.of(PREFIX, "ListKxDatabases");

  /** {@code finspace:ListKxDataviews}: List; on kxDatabase. */
  public static final Action LIST_KX_DATAVIEWS = Action.of(PREFIX, "ListKxDataviews");

  /** {@code finspace:ListKxEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KX_ENVIRONMENTS = Action.of(PREFIX, "ListKxEnvironments");

  /** {@code finspace:ListKxScalingGroups}: List; on kxEnvironment. */
  public static final Action LIST_KX_SCALING_GROUPS = Action.of(PREFIX, "ListKxScalingGroups");

  /** {@code finspace:ListKxUsers}: List; on kxEnvironment. */
  public static final Action LIST_KX_USERS = Action.of(PREFIX, "ListKxUsers");

  /** {@code finspace:ListKxVolumes}: List; on kxEnvironment. */
  public static final Action LIST_KX_VOLUMES = Action.of(PREFIX, "ListKxVolumes");

  /** {@code finspace:ListTagsForResource}: List; on environment, kxCluster, kxDatabase, kxDataview, kxEnvironment, kxScalingGroup, kxUser, kxVolume. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code finspace:ListUsers}: List; on environment, user. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code finspace:LoadSampleDataSetGroupIntoEnvironment}: Write; on environment. */
  public static final Action LOAD_SAMPLE_DATA_SET_GROUP_INTO_ENVIRONMENT = Action.of(PREFIX, "LoadSampleDataSetGroupIntoEnvironment");

  /** {@code finspace:MountKxDatabase}: Write; on kxDatabase. */
  public static final Action MOUNT_KX_DATABASE = Action.of(PREFIX, "MountKxDatabase");

  /** {@code finspace:ResetUserPassword}: Write; on environment, user. */
  public static final Action RESET_USER_PASSWORD = Action.of(PREFIX, "ResetUserPassword");

  /** {@code finspace:TagResource}: Tagging; on environment, kxCluster, kxDatabase, kxDataview, kxEnvironment, kxScalingGroup, kxUser, kxVolume. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code finspace:UntagResource}: Tagging; on environment, kxCluster, kxDatabase, kxDataview, kxEnvironment, kxScalingGroup, kxUser, kxVolume. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code finspace:UpdateEnvironment}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  /** {@code finspace:UpdateKxClusterCodeConfiguration}: Write; on kxCluster. */
  public static final Action UPDATE_KX_CLUSTER_CODE_CONFIGURATION = Action.of(PREFIX, "UpdateKxClusterCodeConfiguration");

  /** {@code finspace:UpdateKxClusterDatabases}: Write; on kxCluster. */
  public static final Action UPDATE_KX_CLUSTER_DATABASES = Action.of(PREFIX, "UpdateKxClusterDatabases");

  /** {@code finspace:UpdateKxDatabase}: Write; on kxDatabase. */
  public static final Action UPDATE_KX_DATABASE = Action.of(PREFIX, "UpdateKxDatabase");

  /** {@code finspace:UpdateKxDataview}: Write; on kxDataview. */
  public static final Action UPDATE_KX_DATAVIEW = Action.of(PREFIX, "UpdateKxDataview");

  /** {@code finspace:UpdateKxEnvironment}: Write; on kxEnvironment. */
  public static final Action UPDATE_KX_ENVIRONMENT = Action.of(PREFIX, "UpdateKxEnvironment");

  /** {@code finspace:UpdateKxEnvironmentNetwork}: Write; on kxEnvironment. */
  public static final Action UPDATE_KX_ENVIRONMENT_NETWORK = Action.of(PREFIX, "UpdateKxEnvironmentNetwork");

  /** {@code finspace:UpdateKxUser}: Write; on kxUser. */
  public static final Action UPDATE_KX_USER = Action.of(PREFIX, "UpdateKxUser");

  /** {@code finspace:UpdateKxVolume}: Write; on kxVolume. */
  public static final Action UPDATE_KX_VOLUME = Action.of(PREFIX, "UpdateKxVolume");

  /** {@code finspace:UpdateUser}: Write; on environment, user. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  private Finspace() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
