// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Managed Integrations (prefix {@code iotmanagedintegrations}), as the service authorization reference lists them.
 */
public final class Iotmanagedintegrations {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotmanagedintegrations";

  /** {@code iotmanagedintegrations:CreateAccountAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT_ASSOCIATION = Action.of(PREFIX, "CreateAccountAssociation");

  /** {@code iotmanagedintegrations:CreateCloudConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLOUD_CONNECTOR = Action.of(PREFIX, "CreateCloudConnector");

  /** {@code iotmanagedintegrations:CreateConnectorDestination}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR_DESTINATION = Action.of(PREFIX, "CreateConnectorDestination");

  /** {@code iotmanagedintegrations:CreateCredentialLocker}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CREDENTIAL_LOCKER = Action.of(PREFIX, "CreateCredentialLocker");

  /** {@code iotmanagedintegrations:CreateDestination}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DESTINATION = Action.of(PREFIX, "CreateDestination");

  /** {@code iotmanagedintegrations:CreateEventLogConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EVENT_LOG_CONFIGURATION = Action.of(PREFIX, "CreateEventLogConfiguration");

  /** {@code iotmanagedintegrations:CreateManagedThing}: Write; on credential-locker. */
  public static final Action CREATE_MANAGED_THING = Action.of(PREFIX, "CreateManagedThing");

  /** {@code iotmanagedintegrations:CreateNotificationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "CreateNotificationConfiguration");

  /** {@code iotmanagedintegrations:CreateOtaTask}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_OTA_TASK = Action.of(PREFIX, "CreateOtaTask");

  /** {@code iotmanagedintegrations:CreateOtaTaskConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_OTA_TASK_CONFIGURATION = Action.of(PREFIX, "CreateOtaTaskConfiguration");

  /** {@code iotmanagedintegrations:CreateProvisioningProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROVISIONING_PROFILE = Action.of(PREFIX, "CreateProvisioningProfile");

  /** {@code iotmanagedintegrations:DeleteAccountAssociation}: Write; on account-association. */
  public static final Action DELETE_ACCOUNT_ASSOCIATION = Action.of(PREFIX, "DeleteAccountAssociation");

  /** {@code iotmanagedintegrations:DeleteCloudConnector}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CLOUD_CONNECTOR = Action.of(PREFIX, "DeleteCloudConnector");

  /** {@code iotmanagedintegrations:DeleteConnectorDestination}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONNECTOR_DESTINATION = Action.of(PREFIX, "DeleteConnectorDestination");

  /** {@code iotmanagedintegrations:DeleteCredentialLocker}: Write; on credential-locker. */
  public static final Action DELETE_CREDENTIAL_LOCKER = Action.of(PREFIX, "DeleteCredentialLocker");

  /** {@code iotmanagedintegrations:DeleteDestination}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DESTINATION = Action.of(PREFIX, "DeleteDestination");

  /** {@code iotmanagedintegrations:DeleteEventLogConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_EVENT_LOG_CONFIGURATION = Action.of(PREFIX, "DeleteEventLogConfiguration");

  /** {@code iotmanagedintegrations:DeleteManagedThing}: Write; on managed-thing. */
  public static final Action DELETE_MANAGED_THING = Action.of(PREFIX, "DeleteManagedThing");

  /** {@code iotmanagedintegrations:DeleteNotificationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "DeleteNotificationConfiguration");

  /** {@code iotmanagedintegrations:DeleteOtaTask}: Write; on ota-task. */
  public static final Action DELETE_OTA_TASK = Action.of(PREFIX, "DeleteOtaTask");

  /** {@code iotmanagedintegrations:DeleteOtaTaskConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_OTA_TASK_CONFIGURATION = Action.of(PREFIX, "DeleteOtaTaskConfiguration");

  /** {@code iotmanagedintegrations:DeleteProvisioningProfile}: Write; on provisioning-profile. */
  public static final Action DELETE_PROVISIONING_PROFILE = Action.of(PREFIX, "DeleteProvisioningProfile");

  /** {@code iotmanagedintegrations:DeregisterAccountAssociation}: Write; on account-association, managed-thing. */
  public static final Action DEREGISTER_ACCOUNT_ASSOCIATION = Action.of(PREFIX, "DeregisterAccountAssociation");

  /** {@code iotmanagedintegrations:GetAccountAssociation}: Read; on account-association. */
  public static final Action GET_ACCOUNT_ASSOCIATION = Action.of(PREFIX, "GetAccountAssociation");

  /** {@code iotmanagedintegrations:GetCloudConnector}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLOUD_CONNECTOR = Action.of(PREFIX, "GetCloudConnector");

  /** {@code iotmanagedintegrations:GetConnectorDestination}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTOR_DESTINATION = Action.of(PREFIX, "GetConnectorDestination");

  /** {@code iotmanagedintegrations:GetCredentialLocker}: Read; on credential-locker. */
  public static final Action GET_CREDENTIAL_LOCKER = Action.of(PREFIX, "GetCredentialLocker");

  /** {@code iotmanagedintegrations:GetCustomEndpoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CUSTOM_ENDPOINT = Action.of(PREFIX, "GetCustomEndpoint");

  /** {@code iotmanagedintegrations:GetDefaultEncryptionConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEFAULT_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "GetDefaultEncryptionConfiguration");

  /** {@code iotmanagedintegrations:GetDestination}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DESTINATION = Action.of(PREFIX, "GetDestination");

  /** {@code iotmanagedintegrations:GetDeviceDiscovery}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEVICE_DISCOVERY = Action.of(PREFIX, "GetDeviceDiscovery");

  /** {@code iotmanagedintegrations:GetEventLogConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EVENT_LOG_CONFIGURATION = Action.of(PREFIX, "GetEventLogConfiguration");

  /** {@code iotmanagedintegrations:GetHubConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_HUB_CONFIGURATION = Action.of(PREFIX, "GetHubConfiguration");

  /** {@code iotmanagedintegrations:GetManagedThing}: Read; on managed-thing. */
  public static final Action GET_MANAGED_THING = Action.of(PREFIX, "GetManagedThing");

  /** {@code iotmanagedintegrations:GetManagedThingCapabilities}: Read; on managed-thing. */
  public static final Action GET_MANAGED_THING_CAPABILITIES = Action.of(PREFIX, "GetManagedThingCapabilities");

  /** {@code iotmanagedintegrations:GetManagedThingCertificate}: Read; on managed-thing. */
  public static final Action GET_MANAGED_THING_CERTIFICATE = Action.of(PREFIX, "GetManagedThingCertificate");

  /** {@code iotmanagedintegrations:GetManagedThingConnectivityData}: Read; on managed-thing. */
  public static final Action GET_MANAGED_THING_CONNECTIVITY_DATA = Action.of(PREFIX, "GetManagedThingConnectivityData");

  /** {@code iotmanagedintegrations:GetManagedThingMetaData}: Read; on managed-thing. */
  public static final Action GET_MANAGED_THING_META_DATA = Action.of(PREFIX, "GetManagedThingMetaData");

  /** {@code iotmanagedintegrations:GetManagedThingState}: Read; on managed-thing. */
  public static final Action GET_MANAGED_THING_STATE = Action.of(PREFIX, "GetManagedThingState");

  /** {@code iotmanagedintegrations:GetNotificationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "GetNotificationConfiguration");

  /** {@code iotmanagedintegrations:GetOtaTask}: Read; on ota-task. */
  public static final Action GET_OTA_TASK = Action.of(PREFIX, "GetOtaTask");

  /** {@code iotmanagedintegrations:GetOtaTaskConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OTA_TASK_CONFIGURATION = Action.of(PREFIX, "GetOtaTaskConfiguration");

  /** {@code iotmanagedintegrations:GetProvisioningProfile}: Read; on provisioning-profile. */
  public static final Action GET_PROVISIONING_PROFILE = Action.of(PREFIX, "GetProvisioningProfile");

  /** {@code iotmanagedintegrations:GetRuntimeLogConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RUNTIME_LOG_CONFIGURATION = Action.of(PREFIX, "GetRuntimeLogConfiguration");

  /** {@code iotmanagedintegrations:GetSchemaVersion}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SCHEMA_VERSION = Action.of(PREFIX, "GetSchemaVersion");

  /** {@code iotmanagedintegrations:ListAccountAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_ASSOCIATIONS = Action.of(PREFIX, "ListAccountAssociations");

  /** {@code iotmanagedintegrations:ListCloudConnectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLOUD_CONNECTORS = Action.of(PREFIX, "ListCloudConnectors");

  /** {@code iotmanagedintegrations:ListConnectorDestinations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTOR_DESTINATIONS = Action.of(PREFIX, "ListConnectorDestinations");

  /** {@code iotmanagedintegrations:ListCredentialLockers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CREDENTIAL_LOCKERS = Action.of(PREFIX, "ListCredentialLockers");

  /** {@code iotmanagedintegrations:ListDestinations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DESTINATIONS = Action.of(PREFIX, "ListDestinations");

  /** {@code iotmanagedintegrations:ListDeviceDiscoveries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_DISCOVERIES = Action.of(PREFIX, "ListDeviceDiscoveries");

  /** {@code iotmanagedintegrations:ListDiscoveredDevices}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DISCOVERED_DEVICES = Action.of(PREFIX, "ListDiscoveredDevices");

  /** {@code iotmanagedintegrations:ListEventLogConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_LOG_CONFIGURATIONS = Action.of(PREFIX, "ListEventLogConfigurations");

  /** {@code iotmanagedintegrations:ListManagedThingAccountAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_THING_ACCOUNT_ASSOCIATIONS = Action.of(PREFIX, "ListManagedThingAccountAssociations");

  /** {@code iotmanagedintegrations:ListManagedThingSchemas}: Read; on managed-thing. */
  public static final Action LIST_MANAGED_THING_SCHEMAS = Action.of(PREFIX, "ListManagedThingSchemas");

  /** {@code iotmanagedintegrations:ListManagedThings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_THINGS = Action.of(PREFIX, "ListManagedThings");

  /** {@code iotmanagedintegrations:ListNotificationConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATION_CONFIGURATIONS = Action.of(PREFIX, "ListNotificationConfigurations");

  /** {@code iotmanagedintegrations:ListOtaTaskConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_OTA_TASK_CONFIGURATIONS = Action.of(PREFIX, "ListOtaTaskConfigurations");

  /** {@code iotmanagedintegrations:ListOtaTaskExecutions}: Read; on ota-task. */
  public static final Action LIST_OTA_TASK_EXECUTIONS = Action.of(PREFIX, "ListOtaTaskExecutions");

  /** {@code iotmanagedintegrations:ListOtaTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OTA_TASKS = Action.of(PREFIX, "ListOtaTasks");

  /** {@code iotmanagedintegrations:ListProvisioningProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONING_PROFILES = Action.of(PREFIX, "ListProvisioningProfiles");

  /** {@code iotmanagedintegrations:ListSchemaVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEMA_VERSIONS = Action.of(PREFIX, "ListSchemaVersions");

  /** {@code iotmanagedintegrations:ListTagsForResource}: Read; on account-association, credential-locker, managed-thing, ota-task, provisioning-profile. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotmanagedintegrations:PutDefaultEncryptionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_DEFAULT_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "PutDefaultEncryptionConfiguration");

  /** {@code iotmanagedintegrations:PutHubConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_HUB_CONFIGURATION = Action.of(PREFIX, "PutHubConfiguration");

  /** {@code iotmanagedintegrations:PutRuntimeLogConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RUNTIME_LOG_CONFIGURATION = Action.of(PREFIX, "PutRuntimeLogConfiguration");

  /** {@code iotmanagedintegrations:RegisterAccountAssociation}: Write; on account-association, managed-thing. */
  public static final Action REGISTER_ACCOUNT_ASSOCIATION = Action.of(PREFIX, "RegisterAccountAssociation");

  /** {@code iotmanagedintegrations:RegisterCustomEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CUSTOM_ENDPOINT = Action.of(PREFIX, "RegisterCustomEndpoint");

  /** {@code iotmanagedintegrations:ResetRuntimeLogConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_RUNTIME_LOG_CONFIGURATION = Action.of(PREFIX, "ResetRuntimeLogConfiguration");

  /** {@code iotmanagedintegrations:SendConnectorEvent}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CONNECTOR_EVENT = Action.of(PREFIX, "SendConnectorEvent");

  /** {@code iotmanagedintegrations:SendManagedThingCommand}: Write; on account-association, managed-thing. */
  public static final Action SEND_MANAGED_THING_COMMAND = Action.of(PREFIX, "SendManagedThingCommand");

  /** {@code iotmanagedintegrations:StartAccountAssociationRefresh}: Write; on account-association. */
  public static final Action START_ACCOUNT_ASSOCIATION_REFRESH = Action.of(PREFIX, "StartAccountAssociationRefresh");

  /** {@code iotmanagedintegrations:StartDeviceDiscovery}: Write; on account-association, managed-thing. */
  public static final Action START_DEVICE_DISCOVERY = Action.of(PREFIX, "StartDeviceDiscovery");

  /** {@code iotmanagedintegrations:TagResource}: Tagging; on account-association, credential-locker, managed-thing, ota-task, provisioning-profile. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotmanagedintegrations:UntagResource}: Tagging; on account-association, credential-locker, managed-thing, ota-task, provisioning-profile. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotmanagedintegrations:UpdateAccountAssociation}: Write; on account-association. */
  public static final Action UPDATE_ACCOUNT_ASSOCIATION = Action.of(PREFIX, "UpdateAccountAssociation");

  /** {@code iotmanagedintegrations:UpdateCloudConnector}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CLOUD_CONNECTOR = Action.of(PREFIX, "UpdateCloudConnector");

  /** {@code iotmanagedintegrations:UpdateConnectorDestination}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONNECTOR_DESTINATION = Action.of(PREFIX, "UpdateConnectorDestination");

  /** {@code iotmanagedintegrations:UpdateDestination}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DESTINATION = Action.of(PREFIX, "UpdateDestination");

  /** {@code iotmanagedintegrations:UpdateEventLogConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EVENT_LOG_CONFIGURATION = Action.of(PREFIX, "UpdateEventLogConfiguration");

  /** {@code iotmanagedintegrations:UpdateManagedThing}: Write; on credential-locker, managed-thing. */
  public static final Action UPDATE_MANAGED_THING = Action.of(PREFIX, "UpdateManagedThing");

  /** {@code iotmanagedintegrations:UpdateNotificationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "UpdateNotificationConfiguration");

  /** {@code iotmanagedintegrations:UpdateOtaTask}: Write; on ota-task. */
  public static final Action UPDATE_OTA_TASK = Action.of(PREFIX, "UpdateOtaTask");

  private Iotmanagedintegrations() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
