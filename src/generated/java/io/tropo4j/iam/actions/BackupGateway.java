// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Backup Gateway (prefix {@code backup-gateway}), as the service authorization reference lists them.
 */
public final class BackupGateway {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "backup-gateway";

  /** {@code backup-gateway:AssociateGatewayToServer}: Write; on gateway, hypervisor. */
  public static final Action ASSOCIATE_GATEWAY_TO_SERVER = Action.of(PREFIX, "AssociateGatewayToServer");

  /** {@code backup-gateway:Backup}: Write; on virtualmachine. */
  public static final Action BACKUP = Action.of(PREFIX, "Backup");

  /** {@code backup-gateway:CreateGateway}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GATEWAY = Action.of(PREFIX, "CreateGateway");

  /** {@code backup-gateway:DeleteGateway}: Write; on gateway. */
  public static final Action DELETE_GATEWAY = Action.of(PREFIX, "DeleteGateway");

  /** {@code backup-gateway:DeleteHypervisor}: Write; on hypervisor. */
  public static final Action DELETE_HYPERVISOR = Action.of(PREFIX, "DeleteHypervisor");

  /** {@code backup-gateway:DisassociateGatewayFromServer}: Write; on gateway. */
  public static final Action DISASSOCIATE_GATEWAY_FROM_SERVER = Action.of(PREFIX, "DisassociateGatewayFromServer");

  /** {@code backup-gateway:GetBandwidthRateLimitSchedule}: Read; on gateway. */
  public static final Action GET_BANDWIDTH_RATE_LIMIT_SCHEDULE = Action.of(PREFIX, "GetBandwidthRateLimitSchedule");

  /** {@code backup-gateway:GetGateway}: Read; on gateway. */
  public static final Action GET_GATEWAY = Action.of(PREFIX, "GetGateway");

  /** {@code backup-gateway:GetHypervisor}: Read; on hypervisor. */
  public static final Action GET_HYPERVISOR = Action.of(PREFIX, "GetHypervisor");

  /** {@code backup-gateway:GetHypervisorPropertyMappings}: Read; on hypervisor. */
  public static final Action GET_HYPERVISOR_PROPERTY_MAPPINGS = Action.of(PREFIX, "GetHypervisorPropertyMappings");

  /** {@code backup-gateway:GetVirtualMachine}: Read; on virtualmachine. */
  public static final Action GET_VIRTUAL_MACHINE = Action.of(PREFIX, "GetVirtualMachine");

  /** {@code backup-gateway:ImportHypervisorConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_HYPERVISOR_CONFIGURATION = Action.of(PREFIX, "ImportHypervisorConfiguration");

  /** {@code backup-gateway:ListGateways}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_GATEWAYS = Action.of(PREFIX, "ListGateways");

  /** {@code backup-gateway:ListHypervisors}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_HYPERVISORS = Action.of(PREFIX, "ListHypervisors");

  /** {@code backup-gateway:ListTagsForResource}: Read; on gateway, hypervisor, virtualmachine. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code backup-gateway:ListVirtualMachines}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_VIRTUAL_MACHINES = Action.of(PREFIX, "ListVirtualMachines");

  /** {@code backup-gateway:PutBandwidthRateLimitSchedule}: Write; on gateway. */
  public static final Action PUT_BANDWIDTH_RATE_LIMIT_SCHEDULE = Action.of(PREFIX, "PutBandwidthRateLimitSchedule");

  /** {@code backup-gateway:PutHypervisorPropertyMappings}: Write; on hypervisor. */
  public static final Action PUT_HYPERVISOR_PROPERTY_MAPPINGS = Action.of(PREFIX, "PutHypervisorPropertyMappings");

  /** {@code backup-gateway:PutMaintenanceStartTime}: Write; on gateway. */
  public static final Action PUT_MAINTENANCE_START_TIME = Action.of(PREFIX, "PutMaintenanceStartTime");

  /** {@code backup-gateway:Restore}: Write; on hypervisor. */
  public static final Action RESTORE = Action.of(PREFIX, "Restore");

  /** {@code backup-gateway:StartVirtualMachinesMetadataSync}: Write; on hypervisor. */
  public static final Action START_VIRTUAL_MACHINES_METADATA_SYNC = Action.of(PREFIX, "StartVirtualMachinesMetadataSync");

  /** {@code backup-gateway:TagResource}: Tagging; on gateway, hypervisor, virtualmachine. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code backup-gateway:TestHypervisorConfiguration}: Write; on gateway. */
  public static final Action TEST_HYPERVISOR_CONFIGURATION = Action.of(PREFIX, "TestHypervisorConfiguration");

  /** {@code backup-gateway:UntagResource}: Tagging; on gateway, hypervisor, virtualmachine. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code backup-gateway:UpdateGatewayInformation}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY_INFORMATION = Action.of(PREFIX, "UpdateGatewayInformation");

  /** {@code backup-gateway:UpdateGatewaySoftwareNow}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY_SOFTWARE_NOW = Action.of(PREFIX, "UpdateGatewaySoftwareNow");

  /** {@code backup-gateway:UpdateHypervisor}: Write; on gateway. */
  public static final Action UPDATE_HYPERVISOR = Action.of(PREFIX, "UpdateHypervisor");

  private BackupGateway() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
