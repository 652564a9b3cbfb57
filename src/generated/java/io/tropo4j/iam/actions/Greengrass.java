// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Greengrass (prefix {@code greengrass}), as the service authorization reference lists them.
 */
public final class Greengrass {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "greengrass";

  /** {@code greengrass:AssociateRoleToGroup}: Write; on group. */
  public static final Action ASSOCIATE_ROLE_TO_GROUP = Action.of(PREFIX, "AssociateRoleToGroup");

  /** {@code greengrass:AssociateServiceRoleToAccount}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_SERVICE_ROLE_TO_ACCOUNT = Action.of(PREFIX, "AssociateServiceRoleToAccount");

  /** {@code greengrass:BatchAssociateClientDeviceWithCoreDevice}: Write; on coreDevice. */
  public static final Action BATCH_ASSOCIATE_CLIENT_DEVICE_WITH_CORE_DEVICE = Action.of(PREFIX, "BatchAssociateClientDeviceWithCoreDevice");

  /** {@code greengrass:BatchDisassociateClientDeviceFromCoreDevice}: Write; on coreDevice. */
  public static final Action BATCH_DISASSOCIATE_CLIENT_DEVICE_FROM_CORE_DEVICE = Action.of(PREFIX, "BatchDisassociateClientDeviceFromCoreDevice");

  /** {@code greengrass:CancelDeployment}: Write; on deployment. */
  public static final Action CANCEL_DEPLOYMENT = Action.of(PREFIX, "CancelDeployment");

  /** {@code greengrass:CreateComponentVersion}: Write; on component. */
  public static final Action CREATE_COMPONENT_VERSION = Action.of(PREFIX, "CreateComponentVersion");

  /** {@code greengrass:CreateConnectorDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR_DEFINITION = Action.of(PREFIX, "CreateConnectorDefinition");

  /** {@code greengrass:CreateConnectorDefinitionVersion}: Write; on connectorDefinition. */
  public static final Action CREATE_CONNECTOR_DEFINITION_VERSION = Action.of(PREFIX, "CreateConnectorDefinitionVersion");

  /** {@code greengrass:CreateCoreDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CORE_DEFINITION = Action.of(PREFIX, "CreateCoreDefinition");

  /** {@code greengrass:CreateCoreDefinitionVersion}: Write; on coreDefinition. */
  public static final Action CREATE_CORE_DEFINITION_VERSION = Action.of(PREFIX, "CreateCoreDefinitionVersion");

  /** {@code greengrass:CreateDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEPLOYMENT = Action.of(PREFIX, "CreateDeployment");

  /** {@code greengrass:CreateDeviceDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEVICE_DEFINITION = Action.of(PREFIX, "CreateDeviceDefinition");

  /** {@code greengrass:CreateDeviceDefinitionVersion}: Write; on deviceDefinition. */
  public static final Action CREATE_DEVICE_DEFINITION_VERSION = Action.of(PREFIX, "CreateDeviceDefinitionVersion");

  /** {@code greengrass:CreateFunctionDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FUNCTION_DEFINITION = Action.of(PREFIX, "CreateFunctionDefinition");

  /** {@code greengrass:CreateFunctionDefinitionVersion}: Write; on functionDefinition. */
  public static final Action CREATE_FUNCTION_DEFINITION_VERSION = Action.of(PREFIX, "CreateFunctionDefinitionVersion");

  /** {@code greengrass:CreateGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code greengrass:CreateGroupCertificateAuthority}: Write; on group. */
  public static final Action CREATE_GROUP_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "CreateGroupCertificateAuthority");

  /** {@code greengrass:CreateGroupVersion}: Write; on group. */
  public static final Action CREATE_GROUP_VERSION = Action.of(PREFIX, "CreateGroupVersion");

  /** {@code greengrass:CreateLoggerDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOGGER_DEFINITION = Action.of(PREFIX, "CreateLoggerDefinition");

  /** {@code greengrass:CreateLoggerDefinitionVersion}: Write; on loggerDefinition. */
  public static final Action CREATE_LOGGER_DEFINITION_VERSION = Action.of(PREFIX, "CreateLoggerDefinitionVersion");

  /** {@code greengrass:CreateResourceDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESOURCE_DEFINITION = Action.of(PREFIX, "CreateResourceDefinition");

  /** {@code greengrass:CreateResourceDefinitionVersion}: Write; on resourceDefinition. */
  public static final Action CREATE_RESOURCE_DEFINITION_VERSION = Action.of(PREFIX, "CreateResourceDefinitionVersion");

  /** {@code greengrass:CreateSoftwareUpdateJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SOFTWARE_UPDATE_JOB = Action.of(PREFIX, "CreateSoftwareUpdateJob");

  /** {@code greengrass:CreateSubscriptionDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIPTION_DEFINITION = Action.of(PREFIX, "CreateSubscriptionDefinition");

  /** {@code greengrass:CreateSubscriptionDefinitionVersion}: Write; on subscriptionDefinition. */
  public static final Action CREATE_SUBSCRIPTION_DEFINITION_VERSION = Action.of(PREFIX, "CreateSubscriptionDefinitionVersion");

  /** {@code greengrass:DeleteComponent}: Write; on componentVersion. */
  public static final Action DELETE_COMPONENT = Action.of(PREFIX, "DeleteComponent");

  /** {@code greengrass:DeleteConnectorDefinition}: Write; on connectorDefinition. */
  public static final Action DELETE_CONNECTOR_DEFINITION = Action.of(PREFIX, "DeleteConnectorDefinition");

  /** {@code greengrass:DeleteCoreDefinition}: Write; on coreDefinition. */
  public static final Action DELETE_CORE_DEFINITION = Action.of(PREFIX, "DeleteCoreDefinition");

  /** {@code greengrass:DeleteCoreDevice}: Write; on coreDevice. */
  public static final Action DELETE_CORE_DEVICE = Action.of(PREFIX, "DeleteCoreDevice");

  /** {@code greengrass:DeleteDeployment}: Write; on deployment. */
  public static final Action DELETE_DEPLOYMENT = Action.of(PREFIX, "DeleteDeployment");

  /** {@code greengrass:DeleteDeviceDefinition}: Write; on deviceDefinition. */
  public static final Action DELETE_DEVICE_DEFINITION = Action.of(PREFIX, "DeleteDeviceDefinition");

  /** {@code greengrass:DeleteFunctionDefinition}: Write; on functionDefinition. */
  public static final Action DELETE_FUNCTION_DEFINITION = Action.of(PREFIX, "DeleteFunctionDefinition");

  /** {@code greengrass:DeleteGroup}: Write; on group. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code greengrass:DeleteLoggerDefinition}: Write; on loggerDefinition. */
  public static final Action DELETE_LOGGER_DEFINITION = Action.of(PREFIX, "DeleteLoggerDefinition");

  /** {@code greengrass:DeleteResourceDefinition}: Write; on resourceDefinition. */
  public static final Action DELETE_RESOURCE_DEFINITION = Action.of(PREFIX, "DeleteResourceDefinition");

  /** {@code greengrass:DeleteSubscriptionDefinition}: Write; on subscriptionDefinition. */
  public static final Action DELETE_SUBSCRIPTION_DEFINITION = Action.of(PREFIX, "DeleteSubscriptionDefinition");

  /** {@code greengrass:DescribeComponent}: Read; on componentVersion. */
  public static final Action DESCRIBE_COMPONENT = Action.of(PREFIX, "DescribeComponent");

  /** {@code greengrass:DisassociateRoleFromGroup}: Write; on group. */
  public static final Action DISASSOCIATE_ROLE_FROM_GROUP = Action.of(PREFIX, "DisassociateRoleFromGroup");

  /** {@code greengrass:DisassociateServiceRoleFromAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_SERVICE_ROLE_FROM_ACCOUNT = Action.of(PREFIX, "DisassociateServiceRoleFromAccount");

  /** {@code greengrass:Discover}: Read; on thing. */
  public static final Action DISCOVER = Action.of(PREFIX, "Discover");

  /** {@code greengrass:GetAssociatedRole}: Read; on group. */
  public static final Action GET_ASSOCIATED_ROLE = Action.of(PREFIX, "GetAssociatedRole");

  /** {@code greengrass:GetBulkDeploymentStatus}: Read; on bulkDeployment. */
  public static final Action GET_BULK_DEPLOYMENT_STATUS = Action.of(PREFIX, "GetBulkDeploymentStatus");

  /** {@code greengrass:GetComponent}: Read; on componentVersion. */
  public static final Action GET_COMPONENT = Action.of(PREFIX, "GetComponent");

  /** {@code greengrass:GetComponentVersionArtifact}: Read; on componentVersion. */
  public static final Action GET_COMPONENT_VERSION_ARTIFACT = Action.of(PREFIX, "GetComponentVersionArtifact");

  /** {@code greengrass:GetConnectivityInfo}: Read; on connectivityInfo. */
  public static final Action GET_CONNECTIVITY_INFO = Action.of(PREFIX, "GetConnectivityInfo");

  /** {@code greengrass:GetConnectorDefinition}: Read; on connectorDefinition. */
  public static final Action GET_CONNECTOR_DEFINITION = Action.of(PREFIX, "GetConnectorDefinition");

  /** {@code greengrass:GetConnectorDefinitionVersion}: Read; on connectorDefinition, connectorDefinitionVersion. */
  public static final Action GET_CONNECTOR_DEFINITION_VERSION = Action.of(PREFIX, "GetConnectorDefinitionVersion");

  /** {@code greengrass:GetCoreDefinition}: Read; on coreDefinition. */
  public static final Action GET_CORE_DEFINITION = Action.of(PREFIX, "GetCoreDefinition");

  /** {@code greengrass:GetCoreDefinitionVersion}: Read; on coreDefinition, coreDefinitionVersion. */
  public static final Action GET_CORE_DEFINITION_VERSION = Action.of(PREFIX, "GetCoreDefinitionVersion");

  /** {@code greengrass:GetCoreDevice}: Read; on coreDevice. */
  public static final Action GET_CORE_DEVICE = Action.of(PREFIX, "GetCoreDevice");

  /** {@code greengrass:GetDeployment}: Read; on deployment. */
  public static final Action GET_DEPLOYMENT = Action.of(PREFIX, "GetDeployment");

  /** {@code greengrass:GetDeploymentStatus}: Read; on deployment, group. */
  public static final Action GET_DEPLOYMENT_STATUS = Action.of(PREFIX, "GetDeploymentStatus");

  /** {@code greengrass:GetDeviceDefinition}: Read; on deviceDefinition. */
  public static final Action GET_DEVICE_DEFINITION = Action.of(PREFIX, "GetDeviceDefinition");

  /** {@code greengrass:GetDeviceDefinitionVersion}: Read; on deviceDefinition, deviceDefinitionVersion. */
  public static final Action GET_DEVICE_DEFINITION_VERSION = Action.of(PREFIX, "GetDeviceDefinitionVersion");

  /** {@code greengrass:GetFunctionDefinition}: Read; on functionDefinition. */
  public static final Action GET_FUNCTION_DEFINITION = Action.of(PREFIX, "GetFunctionDefinition");

  /** {@code greengrass:GetFunctionDefinitionVersion}: Read; on functionDefinition, functionDefinitionVersion. */
  public static final Action GET_FUNCTION_DEFINITION_VERSION = Action.of(PREFIX, "GetFunctionDefinitionVersion");

  /** {@code greengrass:GetGroup}: Read; on group. */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code greengrass:GetGroupCertificateAuthority}: Read; on certificateAuthority, group. */
  public static final Action GET_GROUP_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "GetGroupCertificateAuthority");

  /** {@code greengrass:GetGroupCertificateConfiguration}: Read; on group. */
  public static final Action GET_GROUP_CERTIFICATE_CONFIGURATION = Action.of(PREFIX, "GetGroupCertificateConfiguration");

  /** {@code greengrass:GetGroupVersion}: Read; on group, groupVersion. */
  public static final Action GET_GROUP_VERSION = Action.of(PREFIX, "GetGroupVersion");

  /** {@code greengrass:GetLoggerDefinition}: Read; on loggerDefinition. */
  public static final Action GET_LOGGER_DEFINITION = Action.of(PREFIX, "GetLoggerDefinition");

  /** {@code greengrass:GetLoggerDefinitionVersion}: Read; on loggerDefinition, loggerDefinitionVersion. */
  public static final Action GET_LOGGER_DEFINITION_VERSION = Action.of(PREFIX, "GetLoggerDefinitionVersion");

  /** {@code greengrass:GetResourceDefinition}: Read; on resourceDefinition. */
  public static final Action GET_RESOURCE_DEFINITION = Action.of(PREFIX, "GetResourceDefinition");

  /** {@code greengrass:GetResourceDefinitionVersion}: Read; on resourceDefinition, resourceDefinitionVersion. */
  public static final Action GET_RESOURCE_DEFINITION_VERSION = Action.of(PREFIX, "GetResourceDefinitionVersion");

  /** {@code greengrass:GetServiceRoleForAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_ROLE_FOR_ACCOUNT = Action.of(PREFIX, "GetServiceRoleForAccount");

  /** {@code greengrass:GetSubscriptionDefinition}: Read; on subscriptionDefinition. */
  public static final Action GET_SUBSCRIPTION_DEFINITION = Action.of(PREFIX, "GetSubscriptionDefinition");

  /** {@code greengrass:GetSubscriptionDefinitionVersion}: Read; on subscriptionDefinition, subscriptionDefinitionVersion. */
  public static final Action GET_SUBSCRIPTION_DEFINITION_VERSION = Action.of(PREFIX, "GetSubscriptionDefinitionVersion");

  /** {@code greengrass:GetThingRuntimeConfiguration}: Read; on thingRuntimeConfig. */
  public static final Action GET_THING_RUNTIME_CONFIGURATION = Action.of(PREFIX, "GetThingRuntimeConfiguration");

  /** {@code greengrass:ListBulkDeploymentDetailedReports}: Read; on bulkDeployment. */
  public static final Action LIST_BULK_DEPLOYMENT_DETAILED_REPORTS = Action.of(PREFIX, "ListBulkDeploymentDetailedReports");

  /** {@code greengrass:ListBulkDeployments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BULK_DEPLOYMENTS = Action.of(PREFIX, "ListBulkDeployments");

  /** {@code greengrass:ListClientDevicesAssociatedWithCoreDevice}: List; on coreDevice. */
  public static final Action LIST_CLIENT_DEVICES_ASSOCIATED_WITH_CORE_DEVICE = Action.of(PREFIX, "ListClientDevicesAssociatedWithCoreDevice");

  /** {@code greengrass:ListComponentVersions}: List; on component. */
  public static final Action LIST_COMPONENT_VERSIONS = Action.of(PREFIX, "ListComponentVersions");

  /** {@code greengrass:ListComponents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPONENTS = Action.of(PREFIX, "ListComponents");

  /** {@code greengrass:ListConnectorDefinitionVersions}: List; on connectorDefinition. */
  public static final Action LIST_CONNECTOR_DEFINITION_VERSIONS = Action.of(PREFIX, "ListConnectorDefinitionVersions");

  /** {@code greengrass:ListConnectorDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTOR_DEFINITIONS = Action.of(PREFIX, "ListConnectorDefinitions");

  /** {@code greengrass:ListCoreDefinitionVersions}: List; on coreDefinition. */
  public static final Action LIST_CORE_DEFINITION_VERSIONS = Action.of(PREFIX, "ListCoreDefinitionVersions");

  /** {@code greengrass:ListCoreDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CORE_DEFINITIONS = Action.of(PREFIX, "ListCoreDefinitions");

  /** {@code greengrass:ListCoreDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CORE_DEVICES = Action.of(PREFIX, "ListCoreDevices");

  /** {@code greengrass:ListDeployments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENTS = Action.of(PREFIX, "ListDeployments");

  /** {@code greengrass:ListDeviceDefinitionVersions}: List; on deviceDefinition. */
  public static final Action LIST_DEVICE_DEFINITION_VERSIONS = Action.of(PREFIX, "ListDeviceDefinitionVersions");

  /** {@code greengrass:ListDeviceDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_DEFINITIONS = Action.of(PREFIX, "ListDeviceDefinitions");

  /** {@code greengrass:ListEffectiveDeployments}: List; on coreDevice. */
  public static final Action LIST_EFFECTIVE_DEPLOYMENTS = Action.of(PREFIX, "ListEffectiveDeployments");

  /** {@code greengrass:ListFunctionDefinitionVersions}: List; on functionDefinition. */
  public static final Action LIST_FUNCTION_DEFINITION_VERSIONS = Action.of(PREFIX, "ListFunctionDefinitionVersions");

  /** {@code greengrass:ListFunctionDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FUNCTION_DEFINITIONS = Action.of(PREFIX, "ListFunctionDefinitions");

  /** {@code greengrass:ListGroupCertificateAuthorities}: List; on group. */
  public static final Action LIST_GROUP_CERTIFICATE_AUTHORITIES = Action.of(PREFIX, "ListGroupCertificateAuthorities");

  /** {@code greengrass:ListGroupVersions}: List; on group. */
  public static final Action LIST_GROUP_VERSIONS = Action.of(PREFIX, "ListGroupVersions");

  /** {@code greengrass:ListGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code greengrass:ListInstalledComponents}: List; on coreDevice. */
  public static final Action LIST_INSTALLED_COMPONENTS = Action.of(PREFIX, "ListInstalledComponents");

  /** {@code greengrass:ListLoggerDefinitionVersions}: List; on loggerDefinition. */
  public static final Action LIST_LOGGER_DEFINITION_VERSIONS = Action.of(PREFIX, "ListLoggerDefinitionVersions");

  /** {@code greengrass:ListLoggerDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOGGER_DEFINITIONS = Action.of(PREFIX, "ListLoggerDefinitions");

  /** {@code greengrass:ListResourceDefinitionVersions}: List; on resourceDefinition. */
  public static final Action LIST_RESOURCE_DEFINITION_VERSIONS = Action.of(PREFIX, "ListResourceDefinitionVersions");

  /** {@code greengrass:ListResourceDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_DEFINITIONS = Action.of(PREFIX, "ListResourceDefinitions");

  /** {@code greengrass:ListSubscriptionDefinitionVersions}: List; on subscriptionDefinition. */
  public static final Action LIST_SUBSCRIPTION_DEFINITION_VERSIONS = Action.of(PREFIX, "ListSubscriptionDefinitionVersions");

  /** {@code greengrass:ListSubscriptionDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTION_DEFINITIONS = Action.of(PREFIX, "ListSubscriptionDefinitions");

  /** {@code greengrass:ListTagsForResource}: Read; on component, componentVersion, coreDevice, deployment. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code greengrass:ResetDeployments}: Write; on group. */
  public static final Action RESET_DEPLOYMENTS = Action.of(PREFIX, "ResetDeployments");

  /** {@code greengrass:ResolveComponentCandidates}: List; on componentVersion. */
  public static final Action RESOLVE_COMPONENT_CANDIDATES = Action.of(PREFIX, "ResolveComponentCandidates");

  /** {@code greengrass:StartBulkDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action START_BULK_DEPLOYMENT = Action.of(PREFIX, "StartBulkDeployment");

  /** {@code greengrass:StopBulkDeployment}: Write; on bulkDeployment. */
  public static final Action STOP_BULK_DEPLOYMENT = Action.of(PREFIX, "StopBulkDeployment");

  /** {@code greengrass:TagResource}: Tagging; on component, componentVersion, coreDevice, deployment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code greengrass:UntagResource}: Tagging; on component, componentVersion, coreDevice, deployment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code greengrass:UpdateConnectivityInfo}: Write; on connectivityInfo. */
  public static final Action UPDATE_CONNECTIVITY_INFO = Action.of(PREFIX, "UpdateConnectivityInfo");

  /** {@code greengrass:UpdateConnectorDefinition}: Write; on connectorDefinition. */
  public static final Action UPDATE_CONNECTOR_DEFINITION = Action.of(PREFIX, "UpdateConnectorDefinition");

  /** {@code greengrass:UpdateCoreDefinition}: Write; on coreDefinition. */
  public static final Action UPDATE_CORE_DEFINITION = Action.of(PREFIX, "UpdateCoreDefinition");

  /** {@code greengrass:UpdateDeviceDefinition}: Write; on deviceDefinition. */
  public static final Action UPDATE_DEVICE_DEFINITION = Action.of(PREFIX, "UpdateDeviceDefinition");

  /** {@code greengrass:UpdateFunctionDefinition}: Write; on functionDefinition. */
  public static final Action UPDATE_FUNCTION_DEFINITION = Action.of(PREFIX, "UpdateFunctionDefinition");

  /** {@code greengrass:UpdateGroup}: Write; on group. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code greengrass:UpdateGroupCertificateConfiguration}: Write; on group. */
  public static final Action UPDATE_GROUP_CERTIFICATE_CONFIGURATION = Action.of(PREFIX, "UpdateGroupCertificateConfiguration");

  /** {@code greengrass:UpdateLoggerDefinition}: Write; on loggerDefinition. */
  public static final Action UPDATE_LOGGER_DEFINITION = Action.of(PREFIX, "UpdateLoggerDefinition");

  /** {@code greengrass:UpdateResourceDefinition}: Write; on resourceDefinition. */
  public static final Action UPDATE_RESOURCE_DEFINITION = Action.of(PREFIX, "UpdateResourceDefinition");

  /** {@code greengrass:UpdateSubscriptionDefinition}: Write; on subscriptionDefinition. */
  public static final Action UPDATE_SUBSCRIPTION_DEFINITION = Action.of(PREFIX, "UpdateSubscriptionDefinition");

  /** {@code greengrass:UpdateThingRuntimeConfiguration}: Write; on thingRuntimeConfig. */
  public static final Action UPDATE_THING_RUNTIME_CONFIGURATION = Action.of(PREFIX, "UpdateThingRuntimeConfiguration");

  private Greengrass() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
