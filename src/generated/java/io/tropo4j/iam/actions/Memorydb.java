// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon MemoryDB (prefix {@code memorydb}), as the service authorization reference lists them.
 */
public final class Memorydb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "memorydb";

  /** {@code memorydb:BatchUpdateCluster}: Write; on cluster. */
  public static final Action BATCH_UPDATE_CLUSTER = Action.of(PREFIX, "BatchUpdateCluster");

  /** {@code memorydb:Connect}: Write; on cluster, user. */
  public static final Action CONNECT = Action.of(PREFIX, "Connect");

  /** {@code memorydb:CopySnapshot}: Write; on snapshot. */
  public static final Action COPY_SNAPSHOT = Action.of(PREFIX, "CopySnapshot");

  /** {@code memorydb:CreateAcl}: Write; on user. */
  public static final Action CREATE_ACL = Action.of(PREFIX, "CreateAcl");

  /** {@code memorydb:CreateCluster}: Write; on acl, multiregioncluster, parametergroup, snapshot, subnetgroup. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code memorydb:CreateMultiRegionCluster}: Write; on multiregionparametergroup. */
  public static final Action CREATE_MULTI_REGION_CLUSTER = Action.of(PREFIX, "CreateMultiRegionCluster");

  /** {@code memorydb:CreateParameterGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PARAMETER_GROUP = Action.of(PREFIX, "CreateParameterGroup");

  /** {@code memorydb:CreateSnapshot}: Write; on cluster. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code memorydb:CreateSubnetGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBNET_GROUP = Action.of(PREFIX, "CreateSubnetGroup");

  /** {@code memorydb:CreateUser}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code memorydb:DeleteAcl}: Write; on acl. */
  public static final Action DELETE_ACL = Action.of(PREFIX, "DeleteAcl");

  /** {@code memorydb:DeleteCluster}: Write; on cluster, multiregioncluster, snapshot. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code memorydb:DeleteMultiRegionCluster}: Write; on multiregioncluster. */
  public static final Action DELETE_MULTI_REGION_CLUSTER = Action.of(PREFIX, "DeleteMultiRegionCluster");

  /** {@code memorydb:DeleteParameterGroup}: Write; on parametergroup. */
  public static final Action DELETE_PARAMETER_GROUP = Action.of(PREFIX, "DeleteParameterGroup");

  /** {@code memorydb:DeleteSnapshot}: Write; on snapshot. */
  public static final Action DELETE_SNAPSHOT = Action.of(PREFIX, "DeleteSnapshot");

  /** {@code memorydb:DeleteSubnetGroup}: Write; on subnetgroup. */
  public static final Action DELETE_SUBNET_GROUP = Action.of(PREFIX, "DeleteSubnetGroup");

  /** {@code memorydb:DeleteUser}: Write; on user. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code memorydb:DescribeAcls}: Read; on acl. */
  public static final Action DESCRIBE_ACLS = Action.of(PREFIX, "DescribeAcls");

  /** {@code memorydb:DescribeClusters}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTERS = Action.of(PREFIX, "DescribeClusters");

  /** {@code memorydb:DescribeEngineVersions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENGINE_VERSIONS = Action.of(PREFIX, "DescribeEngineVersions");

  /** {@code memorydb:DescribeEvents}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code memorydb:DescribeMultiRegionClusters}: Read; on multiregioncluster. */
  public static final Action DESCRIBE_MULTI_REGION_CLUSTERS = Action.of(PREFIX, "DescribeMultiRegionClusters");

  /** {@code memorydb:DescribeMultiRegionParameterGroups}: Read; on multiregionparametergroup. */
  public static final Action DESCRIBE_MULTI_REGION_PARAMETER_GROUPS = Action.of(PREFIX, "DescribeMultiRegionParameterGroups");

  /** {@code memorydb:DescribeMultiRegionParameters}: Read; on multiregionparametergroup. */
  public static final Action DESCRIBE_MULTI_REGION_PARAMETERS = Action.of(PREFIX, "DescribeMultiRegionParameters");

  /** {@code memorydb:DescribeParameterGroups}: Read; on parametergroup. */
  public static final Action DESCRIBE_PARAMETER_GROUPS = Action.of(PREFIX, "DescribeParameterGroups");

  /** {@code memorydb:DescribeParameters}: Read; on parametergroup. */
  public static final Action DESCRIBE_PARAMETERS = Action.of(PREFIX, "DescribeParameters");

  /** {@code memorydb:DescribeReservedNodes}: Read; on reservednode. */
  public static final Action DESCRIBE_RESERVED_NODES = Action.of(PREFIX, "DescribeReservedNodes");

  /** {@code memorydb:DescribeReservedNodesOfferings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_NODES_OFFERINGS = Action.of(PREFIX, "DescribeReservedNodesOfferings");

  /** {@code memorydb:DescribeServiceUpdates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_UPDATES = Action.of(PREFIX, "DescribeServiceUpdates");

  /** {@code memorydb:DescribeSnapshots}: Read; on snapshot. */
  public static final Action DESCRIBE_SNAPSHOTS = Action.of(PREFIX, "DescribeSnapshots");

  /** {@code memorydb:DescribeSubnetGroups}: Read; on subnetgroup. */
  public static final Action DESCRIBE_SUBNET_GROUPS = Action.of(PREFIX, "DescribeSubnetGroups");

  /** {@code memorydb:DescribeUsers}: Read; on user. */
  public static final Action DESCRIBE_USERS = Action.of(PREFIX, "DescribeUsers");

  /** {@code memorydb:FailoverShard}: Write; on cluster. */
  public static final Action FAILOVER_SHARD = Action.of(PREFIX, "FailoverShard");

  /** {@code memorydb:ListAllowedMultiRegionClusterUpdates}: Read; on multiregioncluster. */
  public static final Action LIST_ALLOWED_MULTI_REGION_CLUSTER_UPDATES = Action.of(PREFIX, "ListAllowedMultiRegionClusterUpdates");

  /** {@code memorydb:ListAllowedNodeTypeUpdates}: Read; on cluster. */
  public static final Action LIST_ALLOWED_NODE_TYPE_UPDATES = Action.of(PREFIX, "ListAllowedNodeTypeUpdates");

  /** {@code memorydb:ListTags}: Read; on acl, cluster, multiregioncluster, parametergroup, snapshot, subnetgroup, user. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code memorydb:PauseMultiRegionClusterReplication}: Write; on multiregioncluster. */
  public static final Action PAUSE_MULTI_REGION_CLUSTER_REPLICATION = Action.of(PREFIX, "PauseMultiRegionClusterReplication");

  /** {@code memorydb:PurchaseReservedNodesOffering}: Write; on reservednode. */
  public static final Action PURCHASE_RESERVED_NODES_OFFERING = Action.of(PREFIX, "PurchaseReservedNodesOffering");

  /** {@code memorydb:ResetParameterGroup}: Write; on parametergroup. */
  public static final Action RESET_PARAMETER_GROUP = Action.of(PREFIX, "ResetParameterGroup");

  /** {@code memorydb:TagResource}: Tagging; on acl, cluster, multiregioncluster, parametergroup, reservednode, snapshot, subnetgroup, user. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code memorydb:UntagResource}: Tagging; on acl, cluster, multiregioncluster, parametergroup, snapshot, subnetgroup, user. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code memorydb:UpdateAcl}: Write; on acl, user. */
  public static final Action UPDATE_ACL = Action.of(PREFIX, "UpdateAcl");

  /** {@code memorydb:UpdateCluster}: Write; on acl, cluster, parametergroup. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code memorydb:UpdateMultiRegionCluster}: Write; on multiregioncluster, multiregionparametergroup. */
  public static final Action UPDATE_MULTI_REGION_CLUSTER = Action.of(PREFIX, "UpdateMultiRegionCluster");

  /** {@code memorydb:UpdateParameterGroup}: Write; on parametergroup. */
  public static final Action UPDATE_PARAMETER_GROUP = Action.of(PREFIX, "UpdateParameterGroup");

  /** {@code memorydb:UpdateSubnetGroup}: Write; on subnetgroup. */
  public static final Action UPDATE_SUBNET_GROUP = Action.of(PREFIX, "UpdateSubnetGroup");

  /** {@code memorydb:UpdateUser}: Write; on user. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  private Memorydb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
