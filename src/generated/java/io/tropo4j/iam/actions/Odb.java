// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Service - Oracle Database&#64;AWS (prefix {@code odb}), as the service authorization reference lists them.
 */
public final class Odb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "odb";

  /** {@code odb:AcceptMarketplaceRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_MARKETPLACE_REGISTRATION = Action.of(PREFIX, "AcceptMarketplaceRegistration");

  /** {@code odb:CreateCloudAutonomousVmCluster}: Write; on cloud-exadata-infrastructure, odb-network. */
  public static final Action CREATE_CLOUD_AUTONOMOUS_VM_CLUSTER = Action.of(PREFIX, "CreateCloudAutonomousVmCluster");

  /** {@code odb:CreateCloudExadataInfrastructure}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLOUD_EXADATA_INFRASTRUCTURE = Action.of(PREFIX, "CreateCloudExadataInfrastructure");

  /** {@code odb:CreateCloudVmCluster}: Write; on cloud-exadata-infrastructure, odb-network. */
  public static final Action CREATE_CLOUD_VM_CLUSTER = Action.of(PREFIX, "CreateCloudVmCluster");

  /** {@code odb:CreateDbNode}: Write; on db-node. */
  public static final Action CREATE_DB_NODE = Action.of(PREFIX, "CreateDbNode");

  /** {@code odb:CreateGrantShare}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GRANT_SHARE = Action.of(PREFIX, "CreateGrantShare");

  /** {@code odb:CreateOdbNetwork}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ODB_NETWORK = Action.of(PREFIX, "CreateOdbNetwork");

  /** {@code odb:CreateOdbPeeringConnection}: Write; on odb-network. */
  public static final Action CREATE_ODB_PEERING_CONNECTION = Action.of(PREFIX, "CreateOdbPeeringConnection");

  /** {@code odb:CreateOutboundIntegration}: Write; on cloud-autonomous-vm-cluster, cloud-vm-cluster. */
  public static final Action CREATE_OUTBOUND_INTEGRATION = Action.of(PREFIX, "CreateOutboundIntegration");

  /** {@code odb:DeleteCloudAutonomousVmCluster}: Write; on cloud-autonomous-vm-cluster. */
  public static final Action DELETE_CLOUD_AUTONOMOUS_VM_CLUSTER = Action.of(PREFIX, "DeleteCloudAutonomousVmCluster");

  /** {@code odb:DeleteCloudExadataInfrastructure}: Write; on cloud-exadata-infrastructure. */
  public static final Action DELETE_CLOUD_EXADATA_INFRASTRUCTURE = Action.of(PREFIX, "DeleteCloudExadataInfrastructure");

  /** {@code odb:DeleteCloudVmCluster}: Write; on cloud-vm-cluster. */
  public static final Action DELETE_CLOUD_VM_CLUSTER = Action.of(PREFIX, "DeleteCloudVmCluster");

  /** {@code odb:DeleteDbNode}: Write; on db-node. */
  public static final Action DELETE_DB_NODE = Action.of(PREFIX, "DeleteDbNode");

  /** {@code odb:DeleteGrantShare}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GRANT_SHARE = Action.of(PREFIX, "DeleteGrantShare");

  /** {@code odb:DeleteOdbNetwork}: Write; on odb-network. */
  public static final Action DELETE_ODB_NETWORK = Action.of(PREFIX, "DeleteOdbNetwork");

  /** {@code odb:DeleteOdbPeeringConnection}: Write; on odb-peering-connection. */
  public static final Action DELETE_ODB_PEERING_CONNECTION = Action.of(PREFIX, "DeleteOdbPeeringConnection");

  /** {@code odb:DeleteResourcePolicy}: Write; on cloud-exadata-infrastructure, odb-network. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code odb:GetCloudAutonomousVmCluster}: Read; on cloud-autonomous-vm-cluster. */
  public static final Action GET_CLOUD_AUTONOMOUS_VM_CLUSTER = Action.of(PREFIX, "GetCloudAutonomousVmCluster");

  /** {@code odb:GetCloudExadataInfrastructure}: Read; on cloud-exadata-infrastructure. */
  public static final Action GET_CLOUD_EXADATA_INFRASTRUCTURE = Action.of(PREFIX, "GetCloudExadataInfrastructure");

  /** {@code odb:GetCloudExadataInfrastructureUnallocatedResources}: Read; on cloud-exadata-infrastructure. */
  public static final Action GET_CLOUD_EXADATA_INFRASTRUCTURE_UNALLOCATED_RESOURCES = Action.of(PREFIX, "GetCloudExadataInfrastructureUnallocatedResources");

  /** {@code odb:GetCloudVmCluster}: Read; on cloud-vm-cluster. */
  public static final Action GET_CLOUD_VM_CLUSTER = Action.of(PREFIX, "GetCloudVmCluster");

  /** {@code odb:GetDbNode}: Read; on cloud-vm-cluster, db-node. */
  public static final Action GET_DB_NODE = Action.of(PREFIX, "GetDbNode");

  /** {@code odb:GetDbServer}: Read; on cloud-exadata-infrastructure. */
  public static final Action GET_DB_SERVER = Action.of(PREFIX, "GetDbServer");

  /** {@code odb:GetOciOnboardingStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OCI_ONBOARDING_STATUS = Action.of(PREFIX, "GetOciOnboardingStatus");

  /** {@code odb:GetOdbNetwork}: Read; on odb-network. */
  public static final Action GET_ODB_NETWORK = Action.of(PREFIX, "GetOdbNetwork");

  /** {@code odb:GetOdbPeeringConnection}: Read; on odb-peering-connection. */
  public static final Action GET_ODB_PEERING_CONNECTION = Action.of(PREFIX, "GetOdbPeeringConnection");

  /** {@code odb:GetResourcePolicy}: Read; on cloud-exadata-infrastructure, odb-network. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code odb:InitializeService}: Write; on no resource type (give {@code *}). */
  public static final Action INITIALIZE_SERVICE = Action.of(PREFIX, "InitializeService");

  /** {@code odb:ListAutonomousVirtualMachines}: Read; on cloud-autonomous-vm-cluster. */
  public static final Action LIST_AUTONOMOUS_VIRTUAL_MACHINES = Action.of(PREFIX, "ListAutonomousVirtualMachines");

  /** {@code odb:ListCloudAutonomousVmClusters}: List; on cloud-exadata-infrastructure. */
  public static final Action LIST_CLOUD_AUTONOMOUS_VM_CLUSTERS = Action.of(PREFIX, "ListCloudAutonomousVmClusters");

  /** {@code odb:ListCloudExadataInfrastructures}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLOUD_EXADATA_INFRASTRUCTURES = Action.of(PREFIX, "ListCloudExadataInfrastructures");

  /** {@code odb:ListCloudVmClusters}: List; on cloud-exadata-infrastructure. */
  public static final Action LIST_CLOUD_VM_CLUSTERS = Action.of(PREFIX, "ListCloudVmClusters");

  /** {@code odb:ListDbNodes}: List; on cloud-vm-cluster. */
  public static final Action LIST_DB_NODES = Action.of(PREFIX, "ListDbNodes");

  /** {@code odb:ListDbServers}: Read; on cloud-exadata-infrastructure. */
  public static final Action LIST_DB_SERVERS = Action.of(PREFIX, "ListDbServers");

  /** {@code odb:ListDbSystemShapes}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DB_SYSTEM_SHAPES = Action.of(PREFIX, "ListDbSystemShapes");

  /** {@code odb:ListGiVersions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_GI_VERSIONS = Action.of(PREFIX, "ListGiVersions");

  /** {@code odb:ListOdbNetworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ODB_NETWORKS = Action.of(PREFIX, "ListOdbNetworks");

  /** {@code odb:ListOdbPeeringConnections}: List; on odb-network. */
  public static final Action LIST_ODB_PEERING_CONNECTIONS = Action.of(PREFIX, "ListOdbPeeringConnections");

  /** {@code odb:ListSystemVersions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SYSTEM_VERSIONS = Action.of(PREFIX, "ListSystemVersions");

  /** {@code odb:ListTagsForResource}: Read; on cloud-autonomous-vm-cluster, cloud-exadata-infrastructure, cloud-vm-cluster, db-node, odb-network, odb-peering-connection. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code odb:PutResourcePolicy}: Write; on cloud-exadata-infrastructure, odb-network. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code odb:RebootDbNode}: Write; on cloud-vm-cluster, db-node. */
  public static final Action REBOOT_DB_NODE = Action.of(PREFIX, "RebootDbNode");

  /** {@code odb:StartDbNode}: Write; on cloud-vm-cluster, db-node. */
  public static final Action START_DB_NODE = Action.of(PREFIX, "StartDbNode");

  /** {@code odb:StopDbNode}: Write; on cloud-vm-cluster. */
  public static final Action STOP_DB_NODE = Action.of(PREFIX, "StopDbNode");

  /** {@code odb:TagResource}: Tagging; on cloud-autonomous-vm-cluster, cloud-exadata-infrastructure, cloud-vm-cluster, db-node, odb-network, odb-peering-connection. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code odb:UntagResource}: Tagging; on cloud-autonomous-vm-cluster, cloud-exadata-infrastructure, cloud-vm-cluster, db-node, odb-network, odb-peering-connection. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code odb:UpdateCloudExadataInfrastructure}: Write; on cloud-exadata-infrastructure. */
  public static final Action UPDATE_CLOUD_EXADATA_INFRASTRUCTURE = Action.of(PREFIX, "UpdateCloudExadataInfrastructure");

  /** {@code odb:UpdateGrantShare}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GRANT_SHARE = Action.of(PREFIX, "UpdateGrantShare");

  /** {@code odb:UpdateOdbNetwork}: Write; on odb-network. */
  public static final Action UPDATE_ODB_NETWORK = Action.of(PREFIX, "UpdateOdbNetwork");

  /** {@code odb:UpdateOdbPeeringConnection}: Write; on odb-peering-connection. */
  public static final Action UPDATE_ODB_PEERING_CONNECTION = Action.of(PREFIX, "UpdateOdbPeeringConnection");

  /** {@code odb:UpdateOutboundIntegration}: Write; on cloud-autonomous-vm-cluster, cloud-vm-cluster. */
  public static final Action UPDATE_OUTBOUND_INTEGRATION = Action.of(PREFIX, "UpdateOutboundIntegration");

  private Odb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
