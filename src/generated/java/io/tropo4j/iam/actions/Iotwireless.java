// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Wireless (prefix {@code iotwireless}), as the service authorization reference lists them.
 */
public final class Iotwireless {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotwireless";

  /** {@code iotwireless:AssociateAwsAccountWithPartnerAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_AWS_ACCOUNT_WITH_PARTNER_ACCOUNT = Action.of(PREFIX, "AssociateAwsAccountWithPartnerAccount");

  /** {@code iotwireless:AssociateMulticastGroupWithFuotaTask}: Write; on FuotaTask, MulticastGroup. */
  public static final Action ASSOCIATE_MULTICAST_GROUP_WITH_FUOTA_TASK = Action.of(PREFIX, "AssociateMulticastGroupWithFuotaTask");

  /** {@code iotwireless:AssociateWirelessDeviceWithFuotaTask}: Write; on FuotaTask, WirelessDevice. */
  public static final Action ASSOCIATE_WIRELESS_DEVICE_WITH_FUOTA_TASK = Action.of(PREFIX, "AssociateWirelessDeviceWithFuotaTask");

  /** {@code iotwireless:AssociateWirelessDeviceWithMulticastGroup}: Write; on MulticastGroup, WirelessDevice. */
  public static final Action ASSOCIATE_WIRELESS_DEVICE_WITH_MULTICAST_GROUP = Action.of(PREFIX, "AssociateWirelessDeviceWithMulticastGroup");

  /** {@code iotwireless:AssociateWirelessDeviceWithThing}: Write; on WirelessDevice, thing. */
  public static final Action ASSOCIATE_WIRELESS_DEVICE_WITH_THING = Action.of(PREFIX, "AssociateWirelessDeviceWithThing");

  /** {@code iotwireless:AssociateWirelessGatewayWithCertificate}: Write; on WirelessGateway, cert. */
  public static final Action ASSOCIATE_WIRELESS_GATEWAY_WITH_CERTIFICATE = Action.of(PREFIX, "AssociateWirelessGatewayWithCertificate");

  /** {@code iotwireless:AssociateWirelessGatewayWithThing}: Write; on WirelessGateway, thing. */
  public static final Action ASSOCIATE_WIRELESS_GATEWAY_WITH_THING = Action.of(PREFIX, "AssociateWirelessGatewayWithThing");

  /** {@code iotwireless:CancelMulticastGroupSession}: Write; on MulticastGroup. */
  public static final Action CANCEL_MULTICAST_GROUP_SESSION = Action.of(PREFIX, "CancelMulticastGroupSession");

  /** {@code iotwireless:CreateDestination}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DESTINATION = Action.of(PREFIX, "CreateDestination");

  /** {@code iotwireless:CreateDeviceProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEVICE_PROFILE = Action.of(PREFIX, "CreateDeviceProfile");

  /** {@code iotwireless:CreateFuotaTask}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FUOTA_TASK = Action.of(PREFIX, "CreateFuotaTask");

  /** {@code iotwireless:CreateMulticastGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MULTICAST_GROUP = Action.of(PREFIX, "CreateMulticastGroup");

  /** {@code iotwireless:CreateNetworkAnalyzerConfiguration}: Write; on MulticastGroup, WirelessDevice, WirelessGateway. */
  public static final Action CREATE_NETWORK_ANALYZER_CONFIGURATION = Action.of(PREFIX, "CreateNetworkAnalyzerConfiguration");

  /** {@code iotwireless:CreateServiceProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE_PROFILE = Action.of(PREFIX, "CreateServiceProfile");

  /** {@code iotwireless:CreateWirelessDevice}: Write; on Destination, DeviceProfile, ServiceProfile. */
  public static final Action CREATE_WIRELESS_DEVICE = Action.of(PREFIX, "CreateWirelessDevice");

  /** {@code iotwireless:CreateWirelessGateway}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WIRELESS_GATEWAY = Action.of(PREFIX, "CreateWirelessGateway");

  /** {@code iotwireless:CreateWirelessGatewayTask}: Write; on WirelessGateway. */
  public static final Action CREATE_WIRELESS_GATEWAY_TASK = Action.of(PREFIX, "CreateWirelessGatewayTask");

  /** {@code iotwireless:CreateWirelessGatewayTaskDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WIRELESS_GATEWAY_TASK_DEFINITION = Action.of(PREFIX, "CreateWirelessGatewayTaskDefinition");

  /** {@code iotwireless:DeleteDestination}: Write; on Destination. */
  public static final Action DELETE_DESTINATION = Action.of(PREFIX, "DeleteDestination");

  /** {@code iotwireless:DeleteDeviceProfile}: Write; on DeviceProfile. */
  public static final Action DELETE_DEVICE_PROFILE = Action.of(PREFIX, "DeleteDeviceProfile");

  /** {@code iotwireless:DeleteFuotaTask}: Write; on FuotaTask. */
  public static final Action DELETE_FUOTA_TASK = Action.of(PREFIX, "DeleteFuotaTask");

  /** {@code iotwireless:DeleteMulticastGroup}: Write; on MulticastGroup. */
  public static final Action DELETE_MULTICAST_GROUP = Action.of(PREFIX, "DeleteMulticastGroup");

  /** {@code iotwireless:DeleteNetworkAnalyzerConfiguration}: Write; on NetworkAnalyzerConfiguration. */
  public static final Action DELETE_NETWORK_ANALYZER_CONFIGURATION = Action.of(PREFIX, "DeleteNetworkAnalyzerConfiguration");

  /** {@code iotwireless:DeleteQueuedMessages}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_QUEUED_MESSAGES = Action.of(PREFIX, "DeleteQueuedMessages");

  /** {@code iotwireless:DeleteServiceProfile}: Write; on ServiceProfile. */
  public static final Action DELETE_SERVICE_PROFILE = Action.of(PREFIX, "DeleteServiceProfile");

  /** {@code iotwireless:DeleteWirelessDevice}: Write; on WirelessDevice. */
  public static final Action DELETE_WIRELESS_DEVICE = Action.of(PREFIX, "DeleteWirelessDevice");

  /** {@code iotwireless:DeleteWirelessDeviceImportTask}: Write; on ImportTask. */
  public static final Action DELETE_WIRELESS_DEVICE_IMPORT_TASK = Action.of(PREFIX, "DeleteWirelessDeviceImportTask");

  /** {@code iotwireless:DeleteWirelessGateway}: Write; on WirelessGateway. */
  public static final Action DELETE_WIRELESS_GATEWAY = Action.of(PREFIX, "DeleteWirelessGateway");

  /** {@code iotwireless:DeleteWirelessGatewayTask}: Write; on WirelessGateway. */
  public static final Action DELETE_WIRELESS_GATEWAY_TASK = Action.of(PREFIX, "DeleteWirelessGatewayTask");

  /** {@code iotwireless:DeleteWirelessGatewayTaskDefinition}: Write; on WirelessGatewayTaskDefinition. */
  public static final Action DELETE_WIRELESS_GATEWAY_TASK_DEFINITION = Action.of(PREFIX, "DeleteWirelessGatewayTaskDefinition");

  /** {@code iotwireless:DeregisterWirelessDevice}: Write; on WirelessDevice. */
  public static final Action DEREGISTER_WIRELESS_DEVICE = Action.of(PREFIX, "DeregisterWirelessDevice");

  /** {@code iotwireless:DisassociateAwsAccountFromPartnerAccount}: Write; on SidewalkAccount. */
  public static final Action DISASSOCIATE_AWS_ACCOUNT_FROM_PARTNER_ACCOUNT = Action.of(PREFIX, "DisassociateAwsAccountFromPartnerAccount");

  /** {@code iotwireless:DisassociateMulticastGroupFromFuotaTask}: Write; on FuotaTask, MulticastGroup. */
  public static final Action DISASSOCIATE_MULTICAST_GROUP_FROM_FUOTA_TASK = Action.of(PREFIX, "DisassociateMulticastGroupFromFuotaTask");

  /** {@code iotwireless:DisassociateWirelessDeviceFromFuotaTask}: Write; on FuotaTask, WirelessDevice. */
  public static final Action DISASSOCIATE_WIRELESS_DEVICE_FROM_FUOTA_TASK = Action.of(PREFIX, "DisassociateWirelessDeviceFromFuotaTask");

  /** {@code iotwireless:DisassociateWirelessDeviceFromMulticastGroup}: Write; on MulticastGroup, WirelessDevice. */
  public static final Action DISASSOCIATE_WIRELESS_DEVICE_FROM_MULTICAST_GROUP = Action.of(PREFIX, "DisassociateWirelessDeviceFromMulticastGroup");

  /** {@code iotwireless:DisassociateWirelessDeviceFromThing}: Write; on WirelessDevice, thing. */
  public static final Action DISASSOCIATE_WIRELESS_DEVICE_FROM_THING = Action.of(PREFIX, "DisassociateWirelessDeviceFromThing");

  /** {@code iotwireless:DisassociateWirelessGatewayFromCertificate}: Write; on WirelessGateway, cert. */
  public static final Action DISASSOCIATE_WIRELESS_GATEWAY_FROM_CERTIFICATE = Action.of(PREFIX, "DisassociateWirelessGatewayFromCertificate");

  /** {@code iotwireless:DisassociateWirelessGatewayFromThing}: Write; on WirelessGateway, thing. */
  public static final Action DISASSOCIATE_WIRELESS_GATEWAY_FROM_THING = Action.of(PREFIX, "DisassociateWirelessGatewayFromThing");

  /** {@code iotwireless:GetDestination}: Read; on Destination. */
  public static final Action GET_DESTINATION = Action.of(PREFIX, "GetDestination");

  /** {@code iotwireless:GetDeviceProfile}: Read; on DeviceProfile. */
  public static final Action GET_DEVICE_PROFILE = Action.of(PREFIX, "GetDeviceProfile");

  /** {@code iotwireless:GetEventConfigurationByResourceTypes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EVENT_CONFIGURATION_BY_RESOURCE_TYPES = Action.of(PREFIX, "GetEventConfigurationByResourceTypes");

  /** {@code iotwireless:GetFuotaTask}: Read; on FuotaTask. */
  public static final Action GET_FUOTA_TASK = Action.of(PREFIX, "GetFuotaTask");

  /** {@code iotwireless:GetLogLevelsByResourceTypes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOG_LEVELS_BY_RESOURCE_TYPES = Action.of(PREFIX, "GetLogLevelsByResourceTypes");

  /** {@code iotwireless:GetMetricConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METRIC_CONFIGURATION = Action.of(PREFIX, "GetMetricConfiguration");

  /** {@code iotwireless:GetMetrics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METRICS = Action.of(PREFIX, "GetMetrics");

  /** {@code iotwireless:GetMulticastGroup}: Read; on MulticastGroup. */
  public static final Action GET_MULTICAST_GROUP = Action.of(PREFIX, "GetMulticastGroup");

  /** {@code iotwireless:GetMulticastGroupSession}: Read; on MulticastGroup. */
  public static final Action GET_MULTICAST_GROUP_SESSION = Action.of(PREFIX, "GetMulticastGroupSession");

  /** {@code iotwireless:GetNetworkAnalyzerConfiguration}: Read; on NetworkAnalyzerConfiguration. */
  public static final Action GET_NETWORK_ANALYZER_CONFIGURATION = Action.of(PREFIX, "GetNetworkAnalyzerConfiguration");

  /** {@code iotwireless:GetPartnerAccount}: Read; on SidewalkAccount. */
  public static final Action GET_PARTNER_ACCOUNT = Action.of(PREFIX, "GetPartnerAccount");

  /** {@code iotwireless:GetPosition}: Read; on WirelessDevice, WirelessGateway. */
  public static final Action GET_POSITION = Action.of(PREFIX, "GetPosition");

  /** {@code iotwireless:GetPositionConfiguration}: Read; on WirelessDevice, WirelessGateway. */
  public static final Action GET_POSITION_CONFIGURATION = Action.of(PREFIX, "GetPositionConfiguration");

  /** {@code iotwireless:GetPositionEstimate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_POSITION_ESTIMATE = Action.of(PREFIX, "GetPositionEstimate");

  /** {@code iotwireless:GetResourceEventConfiguration}: Read; on SidewalkAccount, WirelessDevice, WirelessGateway. */
  public static final Action GET_RESOURCE_EVENT_CONFIGURATION = Action.of(PREFIX, "GetResourceEventConfiguration");

  /** {@code iotwireless:GetResourceLogLevel}: Read; on WirelessDevice, WirelessGateway. */
  public static final Action GET_RESOURCE_LOG_LEVEL = Action.of(PREFIX, "GetResourceLogLevel");

  /** {@code iotwireless:GetResourcePosition}: Read; on WirelessDevice, WirelessGateway. */
  public static final Action GET_RESOURCE_POSITION = Action.of(PREFIX, "GetResourcePosition");

  /** {@code iotwireless:GetServiceEndpoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_ENDPOINT = Action.of(PREFIX, "GetServiceEndpoint");

  /** {@code iotwireless:GetServiceProfile}: Read; on ServiceProfile. */
  public static final Action GET_SERVICE_PROFILE = Action.of(PREFIX, "GetServiceProfile");

  /** {@code iotwireless:GetWirelessDevice}: Read; on WirelessDevice. */
  public static final Action GET_WIRELESS_DEVICE = Action.of(PREFIX, "GetWirelessDevice");

  /** {@code iotwireless:GetWirelessDeviceImportTask}: Read; on ImportTask. */
  public static final Action GET_WIRELESS_DEVICE_IMPORT_TASK = Action.of(PREFIX, "GetWirelessDeviceImportTask");

  /** {@code iotwireless:GetWirelessDeviceStatistics}: Read; on WirelessDevice. */
  public static final Action GET_WIRELESS_DEVICE_STATISTICS = Action.of(PREFIX, "GetWirelessDeviceStatistics");

  /** {@code iotwireless:GetWirelessGateway}: Read; on WirelessGateway. */
  public static final Action GET_WIRELESS_GATEWAY = Action.of(PREFIX, "GetWirelessGateway");

  /** {@code iotwireless:GetWirelessGatewayCertificate}: Read; on WirelessGateway. */
  public static final Action GET_WIRELESS_GATEWAY_CERTIFICATE = Action.of(PREFIX, "GetWirelessGatewayCertificate");

  /** {@code iotwireless:GetWirelessGatewayFirmwareInformation}: Read; on WirelessGateway. */
  public static final Action GET_WIRELESS_GATEWAY_FIRMWARE_INFORMATION = Action.of(PREFIX, "GetWirelessGatewayFirmwareInformation");

  /** {@code iotwireless:GetWirelessGatewayStatistics}: Read; on WirelessGateway. */
  public static final Action GET_WIRELESS_GATEWAY_STATISTICS = Action.of(PREFIX, "GetWirelessGatewayStatistics");

  /** {@code iotwireless:GetWirelessGatewayTask}: Read; on WirelessGateway. */
  public static final Action GET_WIRELESS_GATEWAY_TASK = Action.of(PREFIX, "GetWirelessGatewayTask");

  /** {@code iotwireless:GetWirelessGatewayTaskDefinition}: Read; on WirelessGatewayTaskDefinition. */
  public static final Action GET_WIRELESS_GATEWAY_TASK_DEFINITION = Action.of(PREFIX, "GetWirelessGatewayTaskDefinition");

  /** {@code iotwireless:ListDestinations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DESTINATIONS = Action.of(PREFIX, "ListDestinations");

  /** {@code iotwireless:ListDeviceProfiles}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_PROFILES = Action.of(PREFIX, "ListDeviceProfiles");

  /** {@code iotwireless:ListDevicesForWirelessDeviceImportTask}: Read; on ImportTask. */
  public static final Action LIST_DEVICES_FOR_WIRELESS_DEVICE_IMPORT_TASK = Action.of(PREFIX, "ListDevicesForWirelessDeviceImportTask");

  /** {@code iotwireless:ListEventConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_CONFIGURATIONS = Action.of(PREFIX, "ListEventConfigurations");

  /** {@code iotwireless:ListFuotaTasks}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_FUOTA_TASKS = Action.of(PREFIX, "ListFuotaTasks");

  /** {@code iotwireless:ListMulticastGroups}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MULTICAST_GROUPS = Action.of(PREFIX, "ListMulticastGroups");

  /** {@code iotwireless:ListMulticastGroupsByFuotaTask}: Read; on FuotaTask. */
  public static final Action LIST_MULTICAST_GROUPS_BY_FUOTA_TASK = Action.of(PREFIX, "ListMulticastGroupsByFuotaTask");

  /** {@code iotwireless:ListNetworkAnalyzerConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_NETWORK_ANALYZER_CONFIGURATIONS = Action.of(PREFIX, "ListNetworkAnalyzerConfigurations");

  /** {@code iotwireless:ListPartnerAccounts}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PARTNER_ACCOUNTS = Action.of(PREFIX, "ListPartnerAccounts");

  /** {@code iotwireless:ListPositionConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_POSITION_CONFIGURATIONS = Action.of(PREFIX, "ListPositionConfigurations");

  /** {@code iotwireless:ListQueuedMessages}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_QUEUED_MESSAGES = Action.of(PREFIX, "ListQueuedMessages");

  /** {@code iotwireless:ListServiceProfiles}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_PROFILES = Action.of(PREFIX, "ListServiceProfiles");

  /** {@code iotwireless:ListTagsForResource}: Read; on Destination, DeviceProfile, FuotaTask, ImportTask, MulticastGroup, NetworkAnalyzerConfiguration, ServiceProfile, SidewalkAccount, WirelessDevice, WirelessGateway, WirelessGatewayTaskDefinition. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotwireless:ListWirelessDeviceImportTasks}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WIRELESS_DEVICE_IMPORT_TASKS = Action.of(PREFIX, "ListWirelessDeviceImportTasks");

  /** {@code iotwireless:ListWirelessDevices}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WIRELESS_DEVICES = Action.of(PREFIX, "ListWirelessDevices");

  /** {@code iotwireless:ListWirelessGatewayTaskDefinitions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WIRELESS_GATEWAY_TASK_DEFINITIONS = Action.of(PREFIX, "ListWirelessGatewayTaskDefinitions");

  /** {@code iotwireless:ListWirelessGateways}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WIRELESS_GATEWAYS = Action.of(PREFIX, "ListWirelessGateways");

  /** {@code iotwireless:PutPositionConfiguration}: Write; on WirelessDevice, WirelessGateway. */
  public static final Action PUT_POSITION_CONFIGURATION = Action.of(PREFIX, "PutPositionConfiguration");

  /** {@code iotwireless:PutResourceLogLevel}: Write; on WirelessDevice, WirelessGateway. */
  public static final Action PUT_RESOURCE_LOG_LEVEL = Action.of(PREFIX, "PutResourceLogLevel");

  /** {@code iotwireless:ResetAllResourceLogLevels}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_ALL_RESOURCE_LOG_LEVELS = Action.of(PREFIX, "ResetAllResourceLogLevels");

  /** {@code iotwireless:ResetResourceLogLevel}: Write; on WirelessDevice, WirelessGateway. */
  public static final Action RESET_RESOURCE_LOG_LEVEL = Action.of(PREFIX, "ResetResourceLogLevel");

  /** {@code iotwireless:SendDataToMulticastGroup}: Write; on MulticastGroup. */
  public static final Action SEND_DATA_TO_MULTICAST_GROUP = Action.of(PREFIX, "SendDataToMulticastGroup");

  /** {@code iotwireless:SendDataToWirelessDevice}: Write; on WirelessDevice. */
  public static final Action SEND_DATA_TO_WIRELESS_DEVICE = Action.of(PREFIX, "SendDataToWirelessDevice");

  /** {@code iotwireless:StartBulkAssociateWirelessDeviceWithMulticastGroup}: Write; on MulticastGroup. */
  public static final Action START_BULK_ASSOCIATE_WIRELESS_DEVICE_WITH_MULTICAST_GROUP = Action.of(PREFIX, "StartBulkAssociateWirelessDeviceWithMulticastGroup");

  /** {@code iotwireless:StartBulkDisassociateWirelessDeviceFromMulticastGroup}: Write; on MulticastGroup. */
  public static final Action START_BULK_DISASSOCIATE_WIRELESS_DEVICE_FROM_MULTICAST_GROUP = Action.of(PREFIX, "StartBulkDisassociateWirelessDeviceFromMulticastGroup");

  /** {@code iotwireless:StartFuotaTask}: Write; on FuotaTask. */
  public static final Action START_FUOTA_TASK = Action.of(PREFIX, "StartFuotaTask");

  /** {@code iotwireless:StartMulticastGroupSession}: Write; on MulticastGroup. */
  public static final Action START_MULTICAST_GROUP_SESSION = Action.of(PREFIX, "StartMulticastGroupSession");

  /** {@code iotwireless:StartNetworkAnalyzerStream}: Write; on NetworkAnalyzerConfiguration. */
  public static final Action START_NETWORK_ANALYZER_STREAM = Action.of(PREFIX, "StartNetworkAnalyzerStream");

  /** {@code iotwireless:StartSingleWirelessDeviceImportTask}: Write; on Destination. */
  public static final Action START_SINGLE_WIRELESS_DEVICE_IMPORT_TASK = Action.of(PREFIX, "StartSingleWirelessDeviceImportTask");

  /** {@code iotwireless:StartWirelessDeviceImportTask}: Write; on Destination, ImportTask. */
  public static final Action START_WIRELESS_DEVICE_IMPORT_TASK = Action.of(PREFIX, "StartWirelessDeviceImportTask");

  /** {@code iotwireless:TagResource}: Tagging; on Destination, DeviceProfile, FuotaTask, ImportTask, MulticastGroup, NetworkAnalyzerConfiguration, ServiceProfile, SidewalkAccount, WirelessDevice, WirelessGateway, WirelessGatewayTaskDefinition. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotwireless:TestWirelessDevice}: Write; on WirelessDevice. */
  public static final Action TEST_WIRELESS_DEVICE = Action.of(PREFIX, "TestWirelessDevice");

  /** {@code iotwireless:UntagResource}: Tagging; on Destination, DeviceProfile, FuotaTask, ImportTask, MulticastGroup, NetworkAnalyzerConfiguration, ServiceProfile, SidewalkAccount, WirelessDevice, WirelessGateway, WirelessGatewayTaskDefinition. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotwireless:UpdateDestination}: Write; on Destination. */
  public static final Action UPDATE_DESTINATION = Action.of(PREFIX, "UpdateDestination");

  /** {@code iotwireless:UpdateEventConfigurationByResourceTypes}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EVENT_CONFIGURATION_BY_RESOURCE_TYPES = Action.of(PREFIX, "UpdateEventConfigurationByResourceTypes");

  /** {@code iotwireless:UpdateFuotaTask}: Write; on FuotaTask. */
  public static final Action UPDATE_FUOTA_TASK = Action.of(PREFIX, "UpdateFuotaTask");

  /** {@code iotwireless:UpdateLogLevelsByResourceTypes}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LOG_LEVELS_BY_RESOURCE_TYPES = Action.of(PREFIX, "UpdateLogLevelsByResourceTypes");

  /** {@code iotwireless:UpdateMetricConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_METRIC_CONFIGURATION = Action.of(PREFIX, "UpdateMetricConfiguration");

  /** {@code iotwireless:UpdateMulticastGroup}: Write; on MulticastGroup. */
  public static final Action UPDATE_MULTICAST_GROUP = Action.of(PREFIX, "UpdateMulticastGroup");

  /** {@code iotwireless:UpdateNetworkAnalyzerConfiguration}: Write; on MulticastGroup, NetworkAnalyzerConfiguration, WirelessDevice, WirelessGateway. */
  public static final Action UPDATE_NETWORK_ANALYZER_CONFIGURATION = Action.of(PREFIX, "UpdateNetworkAnalyzerConfiguration");

  /** {@code iotwireless:UpdatePartnerAccount}: Write; on SidewalkAccount. */
  public static final Action UPDATE_PARTNER_ACCOUNT = Action.of(PREFIX, "UpdatePartnerAccount");

  /** {@code iotwireless:UpdatePosition}: Write; on WirelessDevice, WirelessGateway. */
  public static final Action UPDATE_POSITION = Action.of(PREFIX, "UpdatePosition");

  /** {@code iotwireless:UpdateResourceEventConfiguration}: Write; on SidewalkAccount, WirelessDevice, WirelessGateway. */
  public static final Action UPDATE_RESOURCE_EVENT_CONFIGURATION = Action.of(PREFIX, "UpdateResourceEventConfiguration");

  /** {@code iotwireless:UpdateResourcePosition}: Write; on WirelessDevice, WirelessGateway. */
  public static final Action UPDATE_RESOURCE_POSITION = Action.of(PREFIX, "UpdateResourcePosition");

  /** {@code iotwireless:UpdateWirelessDevice}: Write; on Destination, DeviceProfile, ServiceProfile, WirelessDevice. */
  public static final Action UPDATE_WIRELESS_DEVICE = Action.of(PREFIX, "UpdateWirelessDevice");

  /** {@code iotwireless:UpdateWirelessDeviceImportTask}: Write; on ImportTask. */
  public static final Action UPDATE_WIRELESS_DEVICE_IMPORT_TASK = Action.of(PREFIX, "UpdateWirelessDeviceImportTask");

  /** {@code iotwireless:UpdateWirelessGateway}: Write; on WirelessGateway. */
  public static final Action UPDATE_WIRELESS_GATEWAY = Action.of(PREFIX, "UpdateWirelessGateway");

  private Iotwireless() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
