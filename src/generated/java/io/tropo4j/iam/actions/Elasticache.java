// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon ElastiCache (prefix {@code elasticache}), as the service authorization reference lists them.
 */
public final class Elasticache {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elasticache";

  /** {@code elasticache:AddTagsToResource}: Tagging; on cluster, parametergroup, replicationgroup, reserved-instance, securitygroup, serverlesscache, serverlesscachesnapshot, snapshot, subnetgroup, user, usergroup. */
  public static final Action ADD_TAGS_TO_RESOURCE = Action.of(PREFIX, "AddTagsToResource");

  /** {@code elasticache:AuthorizeCacheSecurityGroupIngress}: Write; on securitygroup. */
  public static final Action AUTHORIZE_CACHE_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "AuthorizeCacheSecurityGroupIngress");

  /** {@code elasticache:BatchApplyUpdateAction}: Write; on cluster, replicationgroup. */
  public static final Action BATCH_APPLY_UPDATE_ACTION = Action.of(PREFIX, "BatchApplyUpdateAction");

  /** {@code elasticache:BatchStopUpdateAction}: Write; on cluster, replicationgroup. */
  public static final Action BATCH_STOP_UPDATE_ACTION = Action.of(PREFIX, "BatchStopUpdateAction");

  /** {@code elasticache:CompleteMigration}: Write; on cluster, replicationgroup. */
  public static final Action COMPLETE_MIGRATION = Action.of(PREFIX, "CompleteMigration");

  /** {@code elasticache:Connect}: Write; on replicationgroup, serverlesscache, user. */
  public static final Action CONNECT = Action.of(PREFIX, "Connect");

  /** {@code elasticache:CopyServerlessCacheSnapshot}: Write; on serverlesscachesnapshot. */
  public static final Action COPY_SERVERLESS_CACHE_SNAPSHOT = Action.of(PREFIX, "CopyServerlessCacheSnapshot");

  /** {@code elasticache:CopySnapshot}: Write; on snapshot. */
  public static final Action COPY_SNAPSHOT = Action.of(PREFIX, "CopySnapshot");

  /** {@code elasticache:CreateCacheCluster}: Write; on cluster, parametergroup, replicationgroup, securitygroup, snapshot, subnetgroup. */
  public static final Action CREATE_CACHE_CLUSTER = Action.of(PREFIX, "CreateCacheCluster");

  /** {@code elasticache:CreateCacheParameterGroup}: Write; on parametergroup. */
  public static final Action CREATE_CACHE_PARAMETER_GROUP = Action.of(PREFIX, "CreateCacheParameterGroup");

  /** {@code elasticache:CreateCacheSecurityGroup}: Write; on securitygroup. */
  public static final Action CREATE_CACHE_SECURITY_GROUP = Action.of(PREFIX, "CreateCacheSecurityGroup");

  /** {@code elasticache:CreateCacheSubnetGroup}: Write; on subnetgroup. */
  public static final Action CREATE_CACHE_SUBNET_GROUP = Action.of(PREFIX, "CreateCacheSubnetGroup");

  /** {@code elasticache:CreateGlobalReplicationGroup}: Write; on globalreplicationgroup, replicationgroup. */
  public static final Action CREATE_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "CreateGlobalReplicationGroup");

  /** {@code elasticache:CreateReplicationGroup}: Write; on cluster, globalreplicationgroup, parametergroup, replicationgroup, securitygroup, snapshot, subnetgroup, usergroup. */
  public static final Action CREATE_REPLICATION_GROUP = Action.of(PREFIX, "CreateReplicationGroup");

  /** {@code elasticache:CreateServerlessCache}: Write; on serverlesscache, serverlesscachesnapshot, snapshot, usergroup. */
  public static final Action CREATE_SERVERLESS_CACHE = Action.of(PREFIX, "CreateServerlessCache");

  /** {@code elasticache:CreateServerlessCacheSnapshot}: Write; on serverlesscache, serverlesscachesnapshot. */
  public static final Action CREATE_SERVERLESS_CACHE_SNAPSHOT = Action.of(PREFIX, "CreateServerlessCacheSnapshot");

  /** {@code elasticache:CreateSnapshot}: Write; on cluster, replicationgroup, snapshot. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code elasticache:CreateUser}: Write; on user. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code elasticache:CreateUserGroup}: Write; on user, usergroup. */
  public static final Action CREATE_USER_GROUP = Action.of(PREFIX, "CreateUserGroup");

  /** {@code elasticache:DecreaseNodeGroupsInGlobalReplicationGroup}: Write; on globalreplicationgroup. */
  public static final Action DECREASE_NODE_GROUPS_IN_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "DecreaseNodeGroupsInGlobalReplicationGroup");

  /** {@code elasticache:DecreaseReplicaCount}: Write; on replicationgroup. */
  public static final Action DECREASE_REPLICA_COUNT = Action.of(PREFIX, "DecreaseReplicaCount");

  /** {@code elasticache:DeleteCacheCluster}: Write; on cluster, snapshot. */
  public static final Action DELETE_CACHE_CLUSTER = Action.of(PREFIX, "DeleteCacheCluster");

  /** {@code elasticache:DeleteCacheParameterGroup}: Write; on parametergroup. */
  public static final Action DELETE_CACHE_PARAMETER_GROUP = Action.of(PREFIX, "DeleteCacheParameterGroup");

  /** {@code elasticache:DeleteCacheSecurityGroup}: Write; on securitygroup. */
  public static final Action DELETE_CACHE_SECURITY_GROUP = Action.of(PREFIX, "DeleteCacheSecurityGroup");

  /** {@code elasticache:DeleteCacheSubnetGroup}: Write; on subnetgroup. */
  public static final Action DELETE_CACHE_SUBNET_GROUP = Action.of(PREFIX, "DeleteCacheSubnetGroup");

  /** {@code elasticache:DeleteGlobalReplicationGroup}: Write; on globalreplicationgroup. */
  public static final Action DELETE_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "DeleteGlobalReplicationGroup");

  /** {@code elasticache:DeleteReplicationGroup}: Write; on replicationgroup, snapshot. */
  public static final Action DELETE_REPLICATION_GROUP = Action.of(PREFIX, "DeleteReplicationGroup");

  /** {@code elasticache:DeleteServerlessCache}: Write; on serverlesscache, serverlesscachesnapshot. */
  public static final Action DELETE_SERVERLESS_CACHE = Action.of(PREFIX, "DeleteServerlessCache");

  /** {@code elasticache:DeleteServerlessCacheSnapshot}: Write; on serverlesscachesnapshot. */
  public static final Action DELETE_SERVERLESS_CACHE_SNAPSHOT = Action.of(PREFIX, "DeleteServerlessCacheSnapshot");

  /** {@code elasticache:DeleteSnapshot}: Write; on snapshot. */
  public static final Action DELETE_SNAPSHOT = Action.of(PREFIX, "DeleteSnapshot");

  /** {@code elasticache:DeleteUser}: Write; on user. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code elasticache:DeleteUserGroup}: Write; on usergroup. */
  public static final Action DELETE_USER_GROUP = Action.of(PREFIX, "DeleteUserGroup");

  /** {@code elasticache:DescribeCacheClusters}: List; on cluster. */
  public static final Action DESCRIBE_CACHE_CLUSTERS = Action.of(PREFIX, "DescribeCacheClusters");

  /** {@code elasticache:DescribeCacheEngineVersions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CACHE_ENGINE_VERSIONS = Action.of(PREFIX, "DescribeCacheEngineVersions");

  /** {@code elasticache:DescribeCacheParameterGroups}: List; on parametergroup. */
  public static final Action DESCRIBE_CACHE_PARAMETER_GROUPS = Action.of(PREFIX, "DescribeCacheParameterGroups");

  /** {@code elasticache:DescribeCacheParameters}: List; on parametergroup. */
  public static final Action DESCRIBE_CACHE_PARAMETERS = Action.of(PREFIX, "DescribeCacheParameters");

  /** {@code elasticache:DescribeCacheSecurityGroups}: List; on securitygroup. */
  public static final Action DESCRIBE_CACHE_SECURITY_GROUPS = Action.of(PREFIX, "DescribeCacheSecurityGroups");

  /** {@code elasticache:DescribeCacheSubnetGroups}: List; on subnetgroup. */
  public static final Action DESCRIBE_CACHE_SUBNET_GROUPS = Action.of(PREFIX, "DescribeCacheSubnetGroups");

  /** {@code elasticache:DescribeEngineDefaultParameters}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENGINE_DEFAULT_PARAMETERS = Action.of(PREFIX, "DescribeEngineDefaultParameters");

  /** {@code elasticache:DescribeEvents}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code elasticache:DescribeGlobalReplicationGroups}: List; on globalreplicationgroup. */
  public static final Action DESCRIBE_GLOBAL_REPLICATION_GROUPS = Action.of(PREFIX, "DescribeGlobalReplicationGroups");

  /** {@code elasticache:DescribeReplicationGroups}: List; on replicationgroup. */
  public static final Action DESCRIBE_REPLICATION_GROUPS = Action.of(PREFIX, "DescribeReplicationGroups");

  /** {@code elasticache:DescribeReservedCacheNodes}: List; on reserved-instance. */
  public static final Action DESCRIBE_RESERVED_CACHE_NODES = Action.of(PREFIX, "DescribeReservedCacheNodes");

  /** {@code elasticache:DescribeReservedCacheNodesOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_CACHE_NODES_OFFERINGS = Action.of(PREFIX, "DescribeReservedCacheNodesOfferings");

  /** {@code elasticache:DescribeServerlessCacheSnapshots}: List; on serverlesscache, serverlesscachesnapshot. */
  public static final Action DESCRIBE_SERVERLESS_CACHE_SNAPSHOTS = Action.of(PREFIX, "DescribeServerlessCacheSnapshots");

  /** {@code elasticache:DescribeServerlessCaches}: List; on serverlesscache. */
  public static final Action DESCRIBE_SERVERLESS_CACHES = Action.of(PREFIX, "DescribeServerlessCaches");

  /** {@code elasticache:DescribeServiceUpdates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_UPDATES = Action.of(PREFIX, "DescribeServiceUpdates");

  /** {@code elasticache:DescribeSnapshots}: List; on snapshot. */
  public static final Action DESCRIBE_SNAPSHOTS = Action.of(PREFIX, "DescribeSnapshots");

  /** {@code elasticache:DescribeUpdateActions}: List; on cluster, replicationgroup. */
  public static final Action DESCRIBE_UPDATE_ACTIONS = Action.of(PREFIX, "DescribeUpdateActions");

  /** {@code elasticache:DescribeUserGroups}: List; on usergroup. */
  public static final Action DESCRIBE_USER_GROUPS = Action.of(PREFIX, "DescribeUserGroups");

  /** {@code elasticache:DescribeUsers}: List; on user. */
  public static final Action DESCRIBE_USERS = Action.of(PREFIX, "DescribeUsers");

  /** {@code elasticache:DisassociateGlobalReplicationGroup}: Write; on globalreplicationgroup. */
  public static final Action DISASSOCIATE_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "DisassociateGlobalReplicationGroup");

  /** {@code elasticache:ExportServerlessCacheSnapshot}: Write; on serverlesscachesnapshot. */
  public static final Action EXPORT_SERVERLESS_CACHE_SNAPSHOT = Action.of(PREFIX, "ExportServerlessCacheSnapshot");

  /** {@code elasticache:FailoverGlobalReplicationGroup}: Write; on globalreplicationgroup. */
  public static final Action FAILOVER_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "FailoverGlobalReplicationGroup");

  /** {@code elasticache:IncreaseNodeGroupsInGlobalReplicationGroup}: Write; on globalreplicationgroup. */
  public static final Action INCREASE_NODE_GROUPS_IN_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "IncreaseNodeGroupsInGlobalReplicationGroup");

  /** {@code elasticache:IncreaseReplicaCount}: Write; on replicationgroup. */
  public static final Action INCREASE_REPLICA_COUNT = Action.of(PREFIX, "IncreaseReplicaCount");

  /** {@code elasticache:InterruptClusterAzPower}: Write; on replicationgroup. */
  public static final Action INTERRUPT_CLUSTER_AZ_POWER = Action.of(PREFIX, "InterruptClusterAzPower");

  /** {@code elasticache:ListAllowedNodeTypeModifications}: List; on cluster, replicationgroup. */
  public static final Action LIST_ALLOWED_NODE_TYPE_MODIFICATIONS = Action.of(PREFIX, "ListAllowedNodeTypeModifications");

  /** {@code elasticache:ListTagsForResource}: Read; on cluster, parametergroup, replicationgroup, reserved-instance, securitygroup, serverlesscache, serverlesscachesnapshot, snapshot, subnetgroup, user, usergroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code elasticache:ModifyCacheCluster}: Write; on cluster, parametergroup, securitygroup. */
  public static final Action MODIFY_CACHE_CLUSTER = Action.of(PREFIX, "ModifyCacheCluster");

  /** {@code elasticache:ModifyCacheParameterGroup}: Write; on parametergroup. */
  public static final Action MODIFY_CACHE_PARAMETER_GROUP = Action.of(PREFIX, "ModifyCacheParameterGroup");

  /** {@code elasticache:ModifyCacheSubnetGroup}: Write; on subnetgroup. */
  public static final Action MODIFY_CACHE_SUBNET_GROUP = Action.of(PREFIX, "ModifyCacheSubnetGroup");

  /** {@code elasticache:ModifyGlobalReplicationGroup}: Write; on globalreplicationgroup. */
  public static final Action MODIFY_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "ModifyGlobalReplicationGroup");

  /** {@code elasticache:ModifyReplicationGroup}: Write; on parametergroup, replicationgroup, securitygroup, usergroup. */
  public static final Action MODIFY_REPLICATION_GROUP = Action.of(PREFIX, "ModifyReplicationGroup");

  /** {@code elasticache:ModifyReplicationGroupShardConfiguration}: Write; on replicationgroup. */
  public static final Action MODIFY_REPLICATION_GROUP_SHARD_CONFIGURATION = Action.of(PREFIX, "ModifyReplicationGroupShardConfiguration");

  /** {@code elasticache:ModifyServerlessCache}: Write; on serverlesscache, usergroup. */
  public static final Action MODIFY_SERVERLESS_CACHE = Action.of(PREFIX, "ModifyServerlessCache");

  /** {@code elasticache:ModifyUser}: Write; on user. */
  public static final Action MODIFY_USER = Action.of(PREFIX, "ModifyUser");

  /** {@code elasticache:ModifyUserGroup}: Write; on user, usergroup. */
  public static final Action MODIFY_USER_GROUP = Action.of(PREFIX, "ModifyUserGroup");

  /** {@code elasticache:PurchaseReservedCacheNodesOffering}: Write; on reserved-instance. */
  public static final Action PURCHASE_RESERVED_CACHE_NODES_OFFERING = Action.of(PREFIX, "PurchaseReservedCacheNodesOffering");

  /** {@code elasticache:RebalanceSlotsInGlobalReplicationGroup}: Write; on globalreplicationgroup. */
  public static final Action REBALANCE_SLOTS_IN_GLOBAL_REPLICATION_GROUP = Action.of(PREFIX, "RebalanceSlotsInGlobalReplicationGroup");

  /** {@code elasticache:RebootCacheCluster}: Write; on cluster. */
  public static final Action REBOOT_CACHE_CLUSTER = Action.of(PREFIX, "RebootCacheCluster");

  /** {@code elasticache:RemoveTagsFromResource}: Tagging; on cluster, parametergroup, replicationgroup, reserved-instance, securitygroup, serverlesscache, serverlesscachesnapshot, snapshot, subnetgroup, user, usergroup. */
  public static final Action REMOVE_TAGS_FROM_RESOURCE = Action.of(PREFIX, "RemoveTagsFromResource");

  /** {@code elasticache:ResetCacheParameterGroup}: Write; on parametergroup. */
  public static final Action RESET_CACHE_PARAMETER_GROUP = Action.of(PREFIX, "ResetCacheParameterGroup");

  /** {@code elasticache:RevokeCacheSecurityGroupIngress}: Write; on securitygroup. */
  public static final Action REVOKE_CACHE_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "RevokeCacheSecurityGroupIngress");

  /** {@code elasticache:StartMigration}: Write; on replicationgroup. */
  public static final Action START_MIGRATION = Action.of(PREFIX, "StartMigration");

  /** {@code elasticache:TestFailover}: Write; on replicationgroup. */
  public static final Action TEST_FAILOVER = Action.of(PREFIX, "TestFailover");

  /** {@code elasticache:TestMigration}: Write; on replicationgroup. */
  public static final Action TEST_MIGRATION = Action.of(PREFIX, "TestMigration");

  private Elasticache() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
