// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon RDS (prefix {@code rds}), as the service authorization reference lists them.
 */
public final class Rds {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rds";

  /** {@code rds:AddRoleToDBCluster}: Write; on cluster. */
  public static final Action ADD_ROLE_TO_DB_CLUSTER = Action.of(PREFIX, "AddRoleToDBCluster");

  /** {@code rds:AddRoleToDBInstance}: Write; on db. */
  public static final Action ADD_ROLE_TO_DB_INSTANCE = Action.of(PREFIX, "AddRoleToDBInstance");

  /** {@code rds:AddSourceIdentifierToSubscription}: Write; on es. */
  public static final Action ADD_SOURCE_IDENTIFIER_TO_SUBSCRIPTION = Action.of(PREFIX, "AddSourceIdentifierToSubscription");

  /** {@code rds:AddTagsToResource}: Tagging; on auto-backup, cev, cluster, cluster-auto-backup, cluster-endpoint, cluster-pg, cluster-snapshot, db, deployment, es, global-cluster, integration, og, pg, proxy, proxy-endpoint, ri, secgrp, shardgrp, snapshot, snapshot-tenant-database, subgrp, target-group, tenant-database. */
  public static final Action ADD_TAGS_TO_RESOURCE = Action.of(PREFIX, "AddTagsToResource");

  /** {@code rds:ApplyPendingMaintenanceAction}: Write; on cluster, db. */
  public static final Action APPLY_PENDING_MAINTENANCE_ACTION = Action.of(PREFIX, "ApplyPendingMaintenanceAction");

  /** {@code rds:AuthorizeDBSecurityGroupIngress}: Permissions management; on secgrp. */
  public static final Action AUTHORIZE_DB_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "AuthorizeDBSecurityGroupIngress");

  /** {@code rds:BacktrackDBCluster}: Write; on cluster. */
  public static final Action BACKTRACK_DB_CLUSTER = Action.of(PREFIX, "BacktrackDBCluster");

  /** {@code rds:CancelExportTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_EXPORT_TASK = Action.of(PREFIX, "CancelExportTask");

  /** {@code rds:CopyCustomDBEngineVersion}: Write; on cev. */
  public static final Action COPY_CUSTOM_DB_ENGINE_VERSION = Action.of(PREFIX, "CopyCustomDBEngineVersion");

  /** {@code rds:CopyDBClusterParameterGroup}: Write; on cluster-pg. */
  public static final Action COPY_DB_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "CopyDBClusterParameterGroup");

  /** {@code rds:CopyDBClusterSnapshot}: Write; on cluster-snapshot. */
  public static final Action COPY_DB_CLUSTER_SNAPSHOT = Action.of(PREFIX, "CopyDBClusterSnapshot");

  /** {@code rds:CopyDBParameterGroup}: Write; on pg. */
  public static final Action COPY_DB_PARAMETER_GROUP = Action.of(PREFIX, "CopyDBParameterGroup");

  /** {@code rds:CopyDBSnapshot}: Write; on snapshot. */
  public static final Action COPY_DB_SNAPSHOT = Action.of(PREFIX, "CopyDBSnapshot");

  /** {@code rds:CopyOptionGroup}: Write; on og. */
  public static final Action COPY_OPTION_GROUP = Action.of(PREFIX, "CopyOptionGroup");

  /** {@code rds:CreateBlueGreenDeployment}: Write; on cluster, cluster-pg, db, deployment, pg. */
  public static final Action CREATE_BLUE_GREEN_DEPLOYMENT = Action.of(PREFIX, "CreateBlueGreenDeployment");

  /** {@code rds:CreateCustomDBEngineVersion}: Write; on cev. */
  public static final Action CREATE_CUSTOM_DB_ENGINE_VERSION = Action.of(PREFIX, "CreateCustomDBEngineVersion");

  /** {@code rds:CreateDBCluster}: Write; on cluster, cluster-pg, db, global-cluster, og, subgrp. */
  public static final Action CREATE_DB_CLUSTER = Action.of(PREFIX, "CreateDBCluster");

  /** {@code rds:CreateDBClusterEndpoint}: Write; on cluster, cluster-endpoint. */
  public static final Action CREATE_DB_CLUSTER_ENDPOINT = Action.of(PREFIX, "CreateDBClusterEndpoint");

  /** {@code rds:CreateDBClusterParameterGroup}: Write; on cluster-pg. */
  public static final Action CREATE_DB_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "CreateDBClusterParameterGroup");

  /** {@code rds:CreateDBClusterSnapshot}: Write; on cluster, cluster-snapshot. */
  public static final Action CREATE_DB_CLUSTER_SNAPSHOT = Action.of(PREFIX, "CreateDBClusterSnapshot");

  /** {@code rds:CreateDBInstance}: Write; on cluster, db, og, pg, secgrp, subgrp. */
  public static final Action CREATE_DB_INSTANCE = Action.of(PREFIX, "CreateDBInstance");

  /** {@code rds:CreateDBInstanceReadReplica}: Write; on cluster, db, og, pg, subgrp. */
  public static final Action CREATE_DB_INSTANCE_READ_REPLICA = Action.of(PREFIX, "CreateDBInstanceReadReplica");

  /** {@code rds:CreateDBParameterGroup}: Write; on pg. */
  public static final Action CREATE_DB_PARAMETER_GROUP = Action.of(PREFIX, "CreateDBParameterGroup");

  /** {@code rds:CreateDBProxy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DB_PROXY = Action.of(PREFIX, "CreateDBProxy");

  /** {@code rds:CreateDBProxyEndpoint}: Write; on proxy, proxy-endpoint. */
  public static final Action CREATE_DB_PROXY_ENDPOINT = Action.of(PREFIX, "CreateDBProxyEndpoint");

  /** {@code rds:CreateDBSecurityGroup}: Write; on secgrp. */
  public static final Action CREATE_DB_SECURITY_GROUP = Action.of(PREFIX, "CreateDBSecurityGroup");

  /** {@code rds:CreateDBShardGroup}: Write; on cluster, shardgrp. */
  public static final Action CREATE_DB_SHARD_GROUP = Action.of(PREFIX, "CreateDBShardGroup");

  /** {@code rds:CreateDBSnapshot}: Write; on db, snapshot. */
  public static final Action CREATE_DB_SNAPSHOT = Action.of(PREFIX, "CreateDBSnapshot");

  /** {@code rds:CreateDBSubnetGroup}: Write; on subgrp. */
  public static final Action CREATE_DB_SUBNET_GROUP = Action.of(PREFIX, "CreateDBSubnetGroup");

  /** {@code rds:CreateEventSubscription}: Write; on es. */
  public static final Action CREATE_EVENT_SUBSCRIPTION = Action.of(PREFIX, "CreateEventSubscription");

  /** {@code rds:CreateGlobalCluster}: Write; on cluster, global-cluster. */
  public static final Action CREATE_GLOBAL_CLUSTER = Action.of(PREFIX, "CreateGlobalCluster");

  /** {@code rds:CreateIntegration}: Write; on cluster, integration. */
  public static final Action CREATE_INTEGRATION = Action.of(PREFIX, "CreateIntegration");

  /** {@code rds:CreateOptionGroup}: Write; on og. */
  public static final Action CREATE_OPTION_GROUP = Action.of(PREFIX, "CreateOptionGroup");

  /** {@code rds:CreateTenantDatabase}: Write; on db, tenant-database. */
  public static final Action CREATE_TENANT_DATABASE = Action.of(PREFIX, "CreateTenantDatabase");

  /** {@code rds:CrossRegionCommunication}: Write; on no resource type (give {@code *}). */
  public static final Action CROSS_REGION_COMMUNICATION = Action.of(PREFIX, "CrossRegionCommunication");

  /** {@code rds:DeleteBlueGreenDeployment}: Write; on deployment. */
  public static final Action DELETE_BLUE_GREEN_DEPLOYMENT = Action.of(PREFIX, "DeleteBlueGreenDeployment");

  /** {@code rds:DeleteCustomDBEngineVersion}: Write; on cev. */
  public static final Action DELETE_CUSTOM_DB_ENGINE_VERSION = Action.of(PREFIX, "DeleteCustomDBEngineVersion");

  /** {@code rds:DeleteDBCluster}: Write; on cluster, cluster-snapshot. */
  public static final Action DELETE_DB_CLUSTER = Action.of(PREFIX, "DeleteDBCluster");

  /** {@code rds:DeleteDBClusterAutomatedBackup}: Write; on cluster-auto-backup. */
  public static final Action DELETE_DB_CLUSTER_AUTOMATED_BACKUP = Action.of(PREFIX, "DeleteDBClusterAutomatedBackup");

  /** {@code rds:DeleteDBClusterEndpoint}: Write; on cluster-endpoint. */
  public static final Action DELETE_DB_CLUSTER_ENDPOINT = Action.of(PREFIX, "DeleteDBClusterEndpoint");

  /** {@code rds:DeleteDBClusterParameterGroup}: Write; on cluster-pg. */
  public static final Action DELETE_DB_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "DeleteDBClusterParameterGroup");

  /** {@code rds:DeleteDBClusterSnapshot}: Write; on cluster-snapshot. */
  public static final Action DELETE_DB_CLUSTER_SNAPSHOT = Action.of(PREFIX, "DeleteDBClusterSnapshot");

  /** {@code rds:DeleteDBInstance}: Write; on db. */
  public static final Action DELETE_DB_INSTANCE = Action.of(PREFIX, "DeleteDBInstance");

  /** {@code rds:DeleteDBInstanceAutomatedBackup}: Write; on auto-backup. */
  public static final Action DELETE_DB_INSTANCE_AUTOMATED_BACKUP = Action.of(PREFIX, "DeleteDBInstanceAutomatedBackup");

  /** {@code rds:DeleteDBParameterGroup}: Write; on pg. */
  public static final Action DELETE_DB_PARAMETER_GROUP = Action.of(PREFIX, "DeleteDBParameterGroup");

  /** {@code rds:DeleteDBProxy}: Write; on proxy. */
  public static final Action DELETE_DB_PROXY = Action.of(PREFIX, "DeleteDBProxy");

  /** {@code rds:DeleteDBProxyEndpoint}: Write; on proxy-endpoint. */
  public static final Action DELETE_DB_PROXY_ENDPOINT = Action.of(PREFIX, "DeleteDBProxyEndpoint");

  /** {@code rds:DeleteDBSecurityGroup}: Write; on secgrp. */
  public static final Action DELETE_DB_SECURITY_GROUP = Action.of(PREFIX, "DeleteDBSecurityGroup");

  /** {@code rds:DeleteDBShardGroup}: Write; on shardgrp. */
  public static final Action DELETE_DB_SHARD_GROUP = Action.of(PREFIX, "DeleteDBShardGroup");

  /** {@code rds:DeleteDBSnapshot}: Write; on snapshot. */
  public static final Action DELETE_DB_SNAPSHOT = Action.of(PREFIX, "DeleteDBSnapshot");

  /** {@code rds:DeleteDBSubnetGroup}: Write; on subgrp. */
  public static final Action DELETE_DB_SUBNET_GROUP = Action.of(PREFIX, "DeleteDBSubnetGroup");

  /** {@code rds:DeleteEventSubscription}: Write; on es. */
  public static final Action DELETE_EVENT_SUBSCRIPTION = Action.of(PREFIX, "DeleteEventSubscription");

  /** {@code rds:DeleteGlobalCluster}: Write; on global-cluster. */
  public static final Action DELETE_GLOBAL_CLUSTER = Action.of(PREFIX, "DeleteGlobalCluster");

  /** {@code rds:DeleteIntegration}: Write; on integration. */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code rds:DeleteOptionGroup}: Write; on og. */
  public static final Action DELETE_OPTION_GROUP = Action.of(PREFIX, "DeleteOptionGroup");

  /** {@code rds:DeleteTenantDatabase}: Write; on db, tenant-database. */
  public static final Action DELETE_TENANT_DATABASE = Action.of(PREFIX, "DeleteTenantDatabase");

  /** {@code rds:DeregisterDBProxyTargets}: Write; on cluster, db, proxy, target-group. */
  public static final Action DEREGISTER_DB_PROXY_TARGETS = Action.of(PREFIX, "DeregisterDBProxyTargets");

  /** {@code rds:DescribeAccountAttributes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ATTRIBUTES = Action.of(PREFIX, "DescribeAccountAttributes");

  /** {@code rds:DescribeBlueGreenDeployments}: List; on deployment. */
  public static final Action DESCRIBE_BLUE_GREEN_DEPLOYMENTS = Action.of(PREFIX, "DescribeBlueGreenDeployments");

  /** {@code rds:DescribeCertificates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CERTIFICATES = Action.of(PREFIX, "DescribeCertificates");

  /** {@code rds:DescribeDBClusterAutomatedBackups}: List; on cluster, cluster-auto-backup. */
  public static final Action DESCRIBE_DB_CLUSTER_AUTOMATED_BACKUPS = Action.of(PREFIX, "DescribeDBClusterAutomatedBackups");

  /** {@code rds:DescribeDBClusterBacktracks}: List; on cluster. */
  public static final Action DESCRIBE_DB_CLUSTER_BACKTRACKS = Action.of(PREFIX, "DescribeDBClusterBacktracks");

  /** {@code rds:DescribeDBClusterEndpoints}: List; on cluster, cluster-endpoint. */
  public static final Action DESCRIBE_DB_CLUSTER_ENDPOINTS = Action.of(PREFIX, "DescribeDBClusterEndpoints");

  /** {@code rds:DescribeDBClusterParameterGroups}: List; on cluster-pg. */
  public static final Action DESCRIBE_DB_CLUSTER_PARAMETER_GROUPS = Action.of(PREFIX, "DescribeDBClusterParameterGroups");

  /** {@code rds:DescribeDBClusterParameters}: List; on cluster-pg. */
  public static final Action DESCRIBE_DB_CLUSTER_PARAMETERS = Action.of(PREFIX, "DescribeDBClusterParameters");

  /** {@code rds:DescribeDBClusterSnapshotAttributes}: List; on cluster-snapshot. */
  public static final Action DESCRIBE_DB_CLUSTER_SNAPSHOT_ATTRIBUTES = Action.of(PREFIX, "DescribeDBClusterSnapshotAttributes");

  /** {@code rds:DescribeDBClusterSnapshots}: List; on cluster, cluster-snapshot. */
  public static final Action DESCRIBE_DB_CLUSTER_SNAPSHOTS = Action.of(PREFIX, "DescribeDBClusterSnapshots");

  /** {@code rds:DescribeDBClusters}: List; on cluster. */
  public static final Action DESCRIBE_DB_CLUSTERS = Action.of(PREFIX, "DescribeDBClusters");

  /** {@code rds:DescribeDBEngineVersions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DB_ENGINE_VERSIONS = Action.of(PREFIX, "DescribeDBEngineVersions");

  /** {@code rds:DescribeDBInstanceAutomatedBackups}: List; on auto-backup, db. */
  public static final Action DESCRIBE_DB_INSTANCE_AUTOMATED_BACKUPS = Action.of(PREFIX, "DescribeDBInstanceAutomatedBackups");

  /** {@code rds:DescribeDBInstances}: List; on db. */
  public static final Action DESCRIBE_DB_INSTANCES = Action.of(PREFIX, "DescribeDBInstances");

  /** {@code rds:DescribeDBLogFiles}: List; on db. */
  public static final Action DESCRIBE_DB_LOG_FILES = Action.of(PREFIX, "DescribeDBLogFiles");

  /** {@code rds:DescribeDBMajorEngineVersions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DB_MAJOR_ENGINE_VERSIONS = Action.of(PREFIX, "DescribeDBMajorEngineVersions");

  /** {@code rds:DescribeDBParameterGroups}: List; on pg. */
  public static final Action DESCRIBE_DB_PARAMETER_GROUPS = Action.of(PREFIX, "DescribeDBParameterGroups");

  /** {@code rds:DescribeDBParameters}: List; on pg. */
  public static final Action DESCRIBE_DB_PARAMETERS = Action.of(PREFIX, "DescribeDBParameters");

  /** {@code rds:DescribeDBProxies}: List; on proxy. */
  public static final Action DESCRIBE_DB_PROXIES = Action.of(PREFIX, "DescribeDBProxies");

  /** {@code rds:DescribeDBProxyEndpoints}: List; on proxy, proxy-endpoint. */
  public static final Action DESCRIBE_DB_PROXY_ENDPOINTS = Action.of(PREFIX, "DescribeDBProxyEndpoints");

  /** {@code rds:DescribeDBProxyTargetGroups}: List; on proxy. */
  public static final Action DESCRIBE_DB_PROXY_TARGET_GROUPS = Action.of(PREFIX, "DescribeDBProxyTargetGroups");

  /** {@code rds:DescribeDBProxyTargets}: List; on proxy, target-group. */
  public static final Action DESCRIBE_DB_PROXY_TARGETS = Action.of(PREFIX, "DescribeDBProxyTargets");

  /** {@code rds:DescribeDBRecommendations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DB_RECOMMENDATIONS = Action.of(PREFIX, "DescribeDBRecommendations");

  /** {@code rds:DescribeDBSecurityGroups}: List; on secgrp. */
  public static final Action DESCRIBE_DB_SECURITY_GROUPS = Action.of(PREFIX, "DescribeDBSecurityGroups");

  /** {@code rds:DescribeDBShardGroups}: List; on shardgrp. */
  public static final Action DESCRIBE_DB_SHARD_GROUPS = Action.of(PREFIX, "DescribeDBShardGroups");

  /** {@code rds:DescribeDBSnapshotAttributes}: List; on snapshot. */
  public static final Action DESCRIBE_DB_SNAPSHOT_ATTRIBUTES = Action.of(PREFIX, "DescribeDBSnapshotAttributes");

  /** {@code rds:DescribeDBSnapshotTenantDatabases}: List; on db, snapshot, snapshot-tenant-database. */
  public static final Action DESCRIBE_DB_SNAPSHOT_TENANT_DATABASES = Action.of(PREFIX, "DescribeDBSnapshotTenantDatabases");

  /** {@code rds:DescribeDBSnapshots}: List; on db, snapshot. */
  public static final Action DESCRIBE_DB_SNAPSHOTS = Action.of(PREFIX, "DescribeDBSnapshots");

  /** {@code rds:DescribeDBSubnetGroups}: List; on subgrp. */
  public static final Action DESCRIBE_DB_SUBNET_GROUPS = Action.of(PREFIX, "DescribeDBSubnetGroups");

  /** {@code rds:DescribeEngineDefaultClusterParameters}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENGINE_DEFAULT_CLUSTER_PARAMETERS = Action.of(PREFIX, "DescribeEngineDefaultClusterParameters");

  /** {@code rds:DescribeEngineDefaultParameters}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENGINE_DEFAULT_PARAMETERS = Action.of(PREFIX, "DescribeEngineDefaultParameters");

  /** {@code rds:DescribeEventCategories}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_CATEGORIES = Action.of(PREFIX, "DescribeEventCategories");

  /** {@code rds:DescribeEventSubscriptions}: List; on es. */
  public static final Action DESCRIBE_EVENT_SUBSCRIPTIONS = Action.of(PREFIX, "DescribeEventSubscriptions");

  /** {@code rds:DescribeEvents}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code rds:DescribeExportTasks}: List; on cluster, cluster-snapshot, snapshot. */
  public static final Action DESCRIBE_EXPORT_TASKS = Action.of(PREFIX, "DescribeExportTasks");

  /** {@code rds:DescribeGlobalClusters}: List; on global-cluster. */
  public static final Action DESCRIBE_GLOBAL_CLUSTERS = Action.of(PREFIX, "DescribeGlobalClusters");

  /** {@code rds:DescribeIntegrations}: List; on integration. */
  public static final Action DESCRIBE_INTEGRATIONS = Action.of(PREFIX, "DescribeIntegrations");

  /** {@code rds:DescribeOptionGroupOptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_OPTION_GROUP_OPTIONS = Action.of(PREFIX, "DescribeOptionGroupOptions");

  /** {@code rds:DescribeOptionGroups}: List; on og. */
  public static final Action DESCRIBE_OPTION_GROUPS = Action.of(PREFIX, "DescribeOptionGroups");

  /** {@code rds:DescribeOrderableDBInstanceOptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORDERABLE_DB_INSTANCE_OPTIONS = Action.of(PREFIX, "DescribeOrderableDBInstanceOptions");

  /** {@code rds:DescribePendingMaintenanceActions}: List; on cluster, db. */
  public static final Action DESCRIBE_PENDING_MAINTENANCE_ACTIONS = Action.of(PREFIX, "DescribePendingMaintenanceActions");

  /** {@code rds:DescribeRecommendationGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECOMMENDATION_GROUPS = Action.of(PREFIX, "DescribeRecommendationGroups");

  /** {@code rds:DescribeRecommendations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECOMMENDATIONS = Action.of(PREFIX, "DescribeRecommendations");

  /** {@code rds:DescribeReservedDBInstances}: List; on ri. */
  public static final Action DESCRIBE_RESERVED_DB_INSTANCES = Action.of(PREFIX, "DescribeReservedDBInstances");

  /** {@code rds:DescribeReservedDBInstancesOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_DB_INSTANCES_OFFERINGS = Action.of(PREFIX, "DescribeReservedDBInstancesOfferings");

  /** {@code rds:DescribeSourceRegions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SOURCE_REGIONS = Action.of(PREFIX, "DescribeSourceRegions");

  /** {@code rds:DescribeTenantDatabases}: List; on db, tenant-database. */
  public static final Action DESCRIBE_TENANT_DATABASES = Action.of(PREFIX, "DescribeTenantDatabases");

  /** {@code rds:DescribeValidDBInstanceModifications}: List; on db. */
  public static final Action DESCRIBE_VALID_DB_INSTANCE_MODIFICATIONS = Action.of(PREFIX, "DescribeValidDBInstanceModifications");

  /** {@code rds:DisableHttpEndpoint}: Write; on cluster. */
  public static final Action DISABLE_HTTP_ENDPOINT = Action.of(PREFIX, "DisableHttpEndpoint");

  /** {@code rds:DownloadCompleteDBLogFile}: Read; on db. */
  public static final Action DOWNLOAD_COMPLETE_DB_LOG_FILE = Action.of(PREFIX, "DownloadCompleteDBLogFile");

  /** {@code rds:DownloadDBLogFilePortion}: Read; on db. */
  public static final Action DOWNLOAD_DB_LOG_FILE_PORTION = Action.of(PREFIX, "DownloadDBLogFilePortion");

  /** {@code rds:EnableHttpEndpoint}: Write; on cluster. */
  public static final Action ENABLE_HTTP_ENDPOINT = Action.of(PREFIX, "EnableHttpEndpoint");

  /** {@code rds:FailoverDBCluster}: Write; on cluster. */
  public static final Action FAILOVER_DB_CLUSTER = Action.of(PREFIX, "FailoverDBCluster");

  /** {@code rds:FailoverGlobalCluster}: Write; on cluster, global-cluster. */
  public static final Action FAILOVER_GLOBAL_CLUSTER = Action.of(PREFIX, "FailoverGlobalCluster");

  /** {@code rds:ListTagsForResource}: Read; on auto-backup, cev, cluster, cluster-auto-backup, cluster-endpoint, cluster-pg, cluster-snapshot, db, es, global-cluster, integration, og, pg, proxy, proxy-endpoint, ri, secgrp, shardgrp, snapshot, snapshot-tenant-database, subgrp, target-group, tenant-database. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code rds:ModifyActivityStream}: Write; on db. */
  public static final Action MODIFY_ACTIVITY_STREAM = Action.of(PREFIX, "ModifyActivityStream");

  /** {@code rds:ModifyCertificates}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_CERTIFICATES = Action.of(PREFIX, "ModifyCertificates");

  /** {@code rds:ModifyCurrentDBClusterCapacity}: Write; on cluster. */
  public static final Action MODIFY_CURRENT_DB_CLUSTER_CAPACITY = Action.of(PREFIX, "ModifyCurrentDBClusterCapacity");

  /** {@code rds:ModifyCustomDBEngineVersion}: Write; on cev. */
  public static final Action MODIFY_CUSTOM_DB_ENGINE_VERSION = Action.of(PREFIX, "ModifyCustomDBEngineVersion");

  /** {@code rds:ModifyDBCluster}: Write; on cluster, cluster-pg, og, pg. */
  public static final Action MODIFY_DB_CLUSTER = Action.of(PREFIX, "ModifyDBCluster");

  /** {@code rds:ModifyDBClusterEndpoint}: Write; on cluster-endpoint. */
  public static final Action MODIFY_DB_CLUSTER_ENDPOINT = Action.of(PREFIX, "ModifyDBClusterEndpoint");

  /** {@code rds:ModifyDBClusterParameterGroup}: Write; on cluster-pg. */
  public static final Action MODIFY_DB_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "ModifyDBClusterParameterGroup");

  /** {@code rds:ModifyDBClusterSnapshotAttribute}: Permissions management; on cluster-snapshot. */
  public static final Action MODIFY_DB_CLUSTER_SNAPSHOT_ATTRIBUTE = Action.of(PREFIX, "ModifyDBClusterSnapshotAttribute");

  /** {@code rds:ModifyDBInstance}: Write; on db, og, pg, secgrp, subgrp. */
  public static final Action MODIFY_DB_INSTANCE = Action.of(PREFIX, "ModifyDBInstance");

  /** {@code rds:ModifyDBParameterGroup}: Write; on pg. */
  public static final Action MODIFY_DB_PARAMETER_GROUP = Action.of(PREFIX, "ModifyDBParameterGroup");

  /** {@code rds:ModifyDBProxy}: Write; on proxy. */
  public static final Action MODIFY_DB_PROXY = Action.of(PREFIX, "ModifyDBProxy");

  /** {@code rds:ModifyDBProxyEndpoint}: Write; on proxy-endpoint. */
  public static final Action MODIFY_DB_PROXY_ENDPOINT = Action.of(PREFIX, "ModifyDBProxyEndpoint");

  /** {@code rds:ModifyDBProxyTargetGroup}: Write; on target-group. */
  public static final Action MODIFY_DB_PROXY_TARGET_GROUP = Action.of(PREFIX, "ModifyDBProxyTargetGroup");

  /** {@code rds:ModifyDBRecommendation}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_DB_RECOMMENDATION = Action.of(PREFIX, "ModifyDBRecommendation");

  /** {@code rds:ModifyDBShardGroup}: Write; on shardgrp. */
  public static final Action MODIFY_DB_SHARD_GROUP = Action.of(PREFIX, "ModifyDBShardGroup");

  /** {@code rds:ModifyDBSnapshot}: Write; on og, snapshot. */
  public static final Action MODIFY_DB_SNAPSHOT = Action.of(PREFIX, "ModifyDBSnapshot");

  /** {@code rds:ModifyDBSnapshotAttribute}: Permissions management; on snapshot. */
  public static final Action MODIFY_DB_SNAPSHOT_ATTRIBUTE = Action.of(PREFIX, "ModifyDBSnapshotAttribute");

  /** {@code rds:ModifyDBSubnetGroup}: Write; on subgrp. */
  public static final Action MODIFY_DB_SUBNET_GROUP = Action.of(PREFIX, "ModifyDBSubnetGroup");

  /** {@code rds:ModifyEventSubscription}: Write; on es. */
  public static final Action MODIFY_EVENT_SUBSCRIPTION = Action.of(PREFIX, "ModifyEventSubscription");

  /** {@code rds:ModifyGlobalCluster}: Write; on global-cluster. */
  public static final Action MODIFY_GLOBAL_CLUSTER = Action.of(PREFIX, "ModifyGlobalCluster");

  /** {@code rds:ModifyIntegration}: Write; on integration. */
  public static final Action MODIFY_INTEGRATION = Action.of(PREFIX, "ModifyIntegration");

  /** {@code rds:ModifyOptionGroup}: Write; on og. */
  public static final Action MODIFY_OPTION_GROUP = Action.of(PREFIX, "ModifyOptionGroup");

  /** {@code rds:ModifyRecommendation}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_RECOMMENDATION = Action.of(PREFIX, "ModifyRecommendation");

  /** {@code rds:ModifyTenantDatabase}: Write; on db, tenant-database. */
  public static final Action MODIFY_TENANT_DATABASE = Action.of(PREFIX, "ModifyTenantDatabase");

  /** {@code rds:PromoteReadReplica}: Write; on db. */
  public static final Action PROMOTE_READ_REPLICA = Action.of(PREFIX, "PromoteReadReplica");

  /** {@code rds:PromoteReadReplicaDBCluster}: Write; on cluster. */
  public static final Action PROMOTE_READ_REPLICA_DB_CLUSTER = Action.of(PREFIX, "PromoteReadReplicaDBCluster");

  /** {@code rds:PurchaseReservedDBInstancesOffering}: Write; on ri. */
  public static final Action PURCHASE_RESERVED_DB_INSTANCES_OFFERING = Action.of(PREFIX, "PurchaseReservedDBInstancesOffering");

  /** {@code rds:RebootDBCluster}: Write; on cluster. */
  public static final Action REBOOT_DB_CLUSTER = Action.of(PREFIX, "RebootDBCluster");

  /** {@code rds:RebootDBInstance}: Write; on db. */
  public static final Action REBOOT_DB_INSTANCE = Action.of(PREFIX, "RebootDBInstance");

  /** {@code rds:RebootDBShardGroup}: Write; on shardgrp. */
  public static final Action REBOOT_DB_SHARD_GROUP = Action.of(PREFIX, "RebootDBShardGroup");

  /** {@code rds:RegisterDBProxyTargets}: Write; on target-group. */
  public static final Action REGISTER_DB_PROXY_TARGETS = Action.of(PREFIX, "RegisterDBProxyTargets");

  /** {@code rds:RemoveFromGlobalCluster}: Write; on cluster, global-cluster. */
  public static final Action REMOVE_FROM_GLOBAL_CLUSTER = Action.of(PREFIX, "RemoveFromGlobalCluster");

  /** {@code rds:RemoveRoleFromDBCluster}: Write; on cluster. */
  public static final Action REMOVE_ROLE_FROM_DB_CLUSTER = Action.of(PREFIX, "RemoveRoleFromDBCluster");

  /** {@code rds:RemoveRoleFromDBInstance}: Write; on db. */
  public static final Action REMOVE_ROLE_FROM_DB_INSTANCE = Action.of(PREFIX, "RemoveRoleFromDBInstance");

  /** {@code rds:RemoveSourceIdentifierFromSubscription}: Write; on es. */
  public static final Action REMOVE_SOURCE_IDENTIFIER_FROM_SUBSCRIPTION = Action.of(PREFIX, "RemoveSourceIdentifierFromSubscription");

  /** {@code rds:RemoveTagsFromResource}: Tagging; on auto-backup, cev, cluster, cluster-auto-backup, cluster-endpoint, cluster-pg, cluster-snapshot, db, deployment, es, global-cluster, integration, og, pg, proxy, proxy-endpoint, ri, secgrp, shardgrp, snapshot, snapshot-tenant-database, subgrp, target-group, tenant-database. */
  public static final Action REMOVE_TAGS_FROM_RESOURCE = Action.of(PREFIX, "RemoveTagsFromResource");

  /** {@code rds:ResetDBClusterParameterGroup}: Write; on cluster-pg. */
  public static final Action RESET_DB_CLUSTER_PARAMETER_GROUP = Action.of(PREFIX, "ResetDBClusterParameterGroup");

  /** {@code rds:ResetDBParameterGroup}: Write; on pg. */
  public static final Action RESET_DB_PARAMETER_GROUP = Action.of(PREFIX, "ResetDBParameterGroup");

  /** {@code rds:RestoreDBClusterFromS3}: Write; on cluster, cluster-pg, og, subgrp. */
  public static final Action RESTORE_DB_CLUSTER_FROM_S3 = Action.of(PREFIX, "RestoreDBClusterFromS3");

  /** {@code rds:RestoreDBClusterFromSnapshot}: Write; on cluster, cluster-pg, cluster-snapshot, og, snapshot, subgrp. */
  public static final Action RESTORE_DB_CLUSTER_FROM_SNAPSHOT = Action.of(PREFIX, "RestoreDBClusterFromSnapshot");

  /** {@code rds:RestoreDBClusterToPointInTime}: Write; on cluster, cluster-auto-backup, cluster-pg, og, subgrp. */
  public static final Action RESTORE_DB_CLUSTER_TO_POINT_IN_TIME = Action.of(PREFIX, "RestoreDBClusterToPointInTime");

  /** {@code rds:RestoreDBInstanceFromDBSnapshot}: Write; on cluster-snapshot, db, og, pg, snapshot, subgrp. */
  public static final Action RESTORE_DB_INSTANCE_FROM_DB_SNAPSHOT = Action.of(PREFIX, "RestoreDBInstanceFromDBSnapshot");

  /** {@code rds:RestoreDBInstanceFromS3}: Write; on db, og, pg, secgrp, subgrp. */
  public static final Action RESTORE_DB_INSTANCE_FROM_S3 = Action.of(PREFIX, "RestoreDBInstanceFromS3");

  /** {@code rds:RestoreDBInstanceToPointInTime}: Write; on auto-backup, db, og, pg, subgrp. */
  public static final Action RESTORE_DB_INSTANCE_TO_POINT_IN_TIME = Action.of(PREFIX, "RestoreDBInstanceToPointInTime");

  /** {@code rds:RevokeDBSecurityGroupIngress}: Write; on secgrp. */
  public static final Action REVOKE_DB_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "RevokeDBSecurityGroupIngress");

  /** {@code rds:StartActivityStream}: Write; on cluster, db. */
  public static final Action START_ACTIVITY_STREAM = Action.of(PREFIX, "StartActivityStream");

  /** {@code rds:StartDBCluster}: Write; on cluster. */
  public static final Action START_DB_CLUSTER = Action.of(PREFIX, "StartDBCluster");

  /** {@code rds:StartDBInstance}: Write; on db. */
  public static final Action START_DB_INSTANCE = Action.of(PREFIX, "StartDBInstance");

  /** {@code rds:StartDBInstanceAutomatedBackupsReplication}: Write; on auto-backup, db. */
  public static final Action START_DB_INSTANCE_AUTOMATED_BACKUPS_REPLICATION = Action.of(PREFIX, "StartDBInstanceAutomatedBackupsReplication");

  /** {@code rds:StartExportTask}: Write; on cluster, cluster-snapshot, snapshot. */
  public static final Action START_EXPORT_TASK = Action.of(PREFIX, "StartExportTask");

  /** {@code rds:StopActivityStream}: Write; on cluster, db. */
  public static final Action STOP_ACTIVITY_STREAM = Action.of(PREFIX, "StopActivityStream");

  /** {@code rds:StopDBCluster}: Write; on cluster. */
  public static final Action STOP_DB_CLUSTER = Action.of(PREFIX, "StopDBCluster");

  /** {@code rds:StopDBInstance}: Write; on db, snapshot. */
  public static final Action STOP_DB_INSTANCE = Action.of(PREFIX, "StopDBInstance");

  /** {@code rds:StopDBInstanceAutomatedBackupsReplication}: Write; on db. */
  public static final Action STOP_DB_INSTANCE_AUTOMATED_BACKUPS_REPLICATION = Action.of(PREFIX, "StopDBInstanceAutomatedBackupsReplication");

  /** {@code rds:SwitchoverBlueGreenDeployment}: Write; on deployment. */
  public static final Action SWITCHOVER_BLUE_GREEN_DEPLOYMENT = Action.of(PREFIX, "SwitchoverBlueGreenDeployment");

  /** {@code rds:SwitchoverGlobalCluster}: Write; on cluster, global-cluster. */
  public static final Action SWITCHOVER_GLOBAL_CLUSTER = Action.of(PREFIX, "SwitchoverGlobalCluster");

  /** {@code rds:SwitchoverReadReplica}: Write; on db. */
  public static final Action SWITCHOVER_READ_REPLICA = Action.of(PREFIX, "SwitchoverReadReplica");

  private Rds() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
