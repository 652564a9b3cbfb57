// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Proton (prefix {@code proton}), as the service authorization reference lists them.
 */
public final class Proton {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "proton";

  /** {@code proton:AcceptEnvironmentAccountConnection}: Write; on environment-account-connection. */
  public static final Action ACCEPT_ENVIRONMENT_ACCOUNT_CONNECTION = Action.of(PREFIX, "AcceptEnvironmentAccountConnection");

  /** {@code proton:CancelComponentDeployment}: Write; on component. */
  public static final Action CANCEL_COMPONENT_DEPLOYMENT = Action.of(PREFIX, "CancelComponentDeployment");

  /** {@code proton:CancelEnvironmentDeployment}: Write; on environment. */
  public static final Action CANCEL_ENVIRONMENT_DEPLOYMENT = Action.of(PREFIX, "CancelEnvironmentDeployment");

  /** {@code proton:CancelServiceInstanceDeployment}: Write; on service-instance. */
  public static final Action CANCEL_SERVICE_INSTANCE_DEPLOYMENT = Action.of(PREFIX, "CancelServiceInstanceDeployment");

  /** {@code proton:CancelServicePipelineDeployment}: Write; on service. */
  public static final Action CANCEL_SERVICE_PIPELINE_DEPLOYMENT = Action.of(PREFIX, "CancelServicePipelineDeployment");

  /** {@code proton:CreateComponent}: Write; on component. */
  public static final Action CREATE_COMPONENT = Action.of(PREFIX, "CreateComponent");

  /** {@code proton:CreateEnvironment}: Write; on environment. */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code proton:CreateEnvironmentAccountConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT_ACCOUNT_CONNECTION = Action.of(PREFIX, "CreateEnvironmentAccountConnection");

  /** {@code proton:CreateEnvironmentTemplate}: Write; on environment-template. */
  public static final Action CREATE_ENVIRONMENT_TEMPLATE = Action.of(PREFIX, "CreateEnvironmentTemplate");

  /** {@code proton:CreateEnvironmentTemplateMajorVersion}: Write; on environment-template. */
  public static final Action CREATE_ENVIRONMENT_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "CreateEnvironmentTemplateMajorVersion");

  /** {@code proton:CreateEnvironmentTemplateMinorVersion}: Write; on environment-template. */
  public static final Action CREATE_ENVIRONMENT_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "CreateEnvironmentTemplateMinorVersion");

  /** {@code proton:CreateEnvironmentTemplateVersion}: Write; on environment-template. */
  public static final Action CREATE_ENVIRONMENT_TEMPLATE_VERSION = Action.of(PREFIX, "CreateEnvironmentTemplateVersion");

  /** {@code proton:CreateRepository}: Write; on repository. */
  public static final Action CREATE_REPOSITORY = Action.of(PREFIX, "CreateRepository");

  /** {@code proton:CreateService}: Write; on service. */
  public static final Action CREATE_SERVICE = Action.of(PREFIX, "CreateService");

  /** {@code proton:CreateServiceInstance}: Write; on service-instance. */
  public static final Action CREATE_SERVICE_INSTANCE = Action.of(PREFIX, "CreateServiceInstance");

  /** {@code proton:CreateServiceSyncConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE_SYNC_CONFIG = Action.of(PREFIX, "CreateServiceSyncConfig");

  /** {@code proton:CreateServiceTemplate}: Write; on service-template. */
  public static final Action CREATE_SERVICE_TEMPLATE = Action.of(PREFIX, "CreateServiceTemplate");

  /** {@code proton:CreateServiceTemplateMajorVersion}: Write; on service-template. */
  public static final Action CREATE_SERVICE_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "CreateServiceTemplateMajorVersion");

  /** {@code proton:CreateServiceTemplateMinorVersion}: Write; on service-template. */
  public static final Action CREATE_SERVICE_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "CreateServiceTemplateMinorVersion");

  /** {@code proton:CreateServiceTemplateVersion}: Write; on service-template. */
  public static final Action CREATE_SERVICE_TEMPLATE_VERSION = Action.of(PREFIX, "CreateServiceTemplateVersion");

  /** {@code proton:CreateTemplateSyncConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEMPLATE_SYNC_CONFIG = Action.of(PREFIX, "CreateTemplateSyncConfig");

  /** {@code proton:DeleteAccountRoles}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_ROLES = Action.of(PREFIX, "DeleteAccountRoles");

  /** {@code proton:DeleteComponent}: Write; on component. */
  public static final Action DELETE_COMPONENT = Action.of(PREFIX, "DeleteComponent");

  /** {@code proton:DeleteDeployment}: Write; on deployment. */
  public static final Action DELETE_DEPLOYMENT = Action.of(PREFIX, "DeleteDeployment");

  /** {@code proton:DeleteEnvironment}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code proton:DeleteEnvironmentAccountConnection}: Write; on environment-account-connection. */
  public static final Action DELETE_ENVIRONMENT_ACCOUNT_CONNECTION = Action.of(PREFIX, "DeleteEnvironmentAccountConnection");

  /** {@code proton:DeleteEnvironmentTemplate}: Write; on environment-template. */
  public static final Action DELETE_ENVIRONMENT_TEMPLATE = Action.of(PREFIX, "DeleteEnvironmentTemplate");

  /** {@code proton:DeleteEnvironmentTemplateMajorVersion}: Write; on environment-template. */
  public static final Action DELETE_ENVIRONMENT_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "DeleteEnvironmentTemplateMajorVersion");

  /** {@code proton:DeleteEnvironmentTemplateMinorVersion}: Write; on environment-template. */
  public static final Action DELETE_ENVIRONMENT_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "DeleteEnvironmentTemplateMinorVersion");

  /** {@code proton:DeleteEnvironmentTemplateVersion}: Write; on environment-template. */
  public static final Action DELETE_ENVIRONMENT_TEMPLATE_VERSION = Action.of(PREFIX, "DeleteEnvironmentTemplateVersion");

  /** {@code proton:DeleteRepository}: Write; on repository. */
  public static final Action DELETE_REPOSITORY = Action.of(PREFIX, "DeleteRepository");

  /** {@code proton:DeleteService}: Write; on service. */
  public static final Action DELETE_SERVICE = Action.of(PREFIX, "DeleteService");

  /** {@code proton:DeleteServiceSyncConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SERVICE_SYNC_CONFIG = Action.of(PREFIX, "DeleteServiceSyncConfig");

  /** {@code proton:DeleteServiceTemplate}: Write; on service-template. */
  public static final Action DELETE_SERVICE_TEMPLATE = Action.of(PREFIX, "DeleteServiceTemplate");

  /** {@code proton:DeleteServiceTemplateMajorVersion}: Write; on service-template. */
  public static final Action DELETE_SERVICE_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "DeleteServiceTemplateMajorVersion");

  /** {@code proton:DeleteServiceTemplateMinorVersion}: Write; on service-template. */
  public static final Action DELETE_SERVICE_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "DeleteServiceTemplateMinorVersion");

  /** {@code proton:DeleteServiceTemplateVersion}: Write; on service-template. */
  public static final Action DELETE_SERVICE_TEMPLATE_VERSION = Action.of(PREFIX, "DeleteServiceTemplateVersion");

  /** {@code proton:DeleteTemplateSyncConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TEMPLATE_SYNC_CONFIG = Action.of(PREFIX, "DeleteTemplateSyncConfig");

  /** {@code proton:GetAccountRoles}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_ROLES = Action.of(PREFIX, "GetAccountRoles");

  /** {@code proton:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code proton:GetComponent}: Read; on component. */
  public static final Action GET_COMPONENT = Action.of(PREFIX, "GetComponent");

  /** {@code proton:GetDeployment}: Read; on deployment. */
  public static final Action GET_DEPLOYMENT = Action.of(PREFIX, "GetDeployment");

  /** {@code proton:GetEnvironment}: Read; on environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code proton:GetEnvironmentAccountConnection}: Read; on environment-account-connection. */
  public static final Action GET_ENVIRONMENT_ACCOUNT_CONNECTION = Action.of(PREFIX, "GetEnvironmentAccountConnection");

  /** {@code proton:GetEnvironmentTemplate}: Read; on environment-template. */
  public static final Action GET_ENVIRONMENT_TEMPLATE = Action.of(PREFIX, "GetEnvironmentTemplate");

  /** {@code proton:GetEnvironmentTemplateMajorVersion}: Read; on environment-template. */
  public static final Action GET_ENVIRONMENT_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "GetEnvironmentTemplateMajorVersion");

  /** {@code proton:GetEnvironmentTemplateMinorVersion}: Read; on environment-template. */
  public static final Action GET_ENVIRONMENT_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "GetEnvironmentTemplateMinorVersion");

  /** {@code proton:GetEnvironmentTemplateVersion}: Read; on environment-template. */
  public static final Action GET_ENVIRONMENT_TEMPLATE_VERSION = Action.of(PREFIX, "GetEnvironmentTemplateVersion");

  /** {@code proton:GetRepository}: Read; on repository. */
  public static final Action GET_REPOSITORY = Action.of(PREFIX, "GetRepository");

  /** {@code proton:GetRepositorySyncStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REPOSITORY_SYNC_STATUS = Action.of(PREFIX, "GetRepositorySyncStatus");

  /** {@code proton:GetResourceTemplateVersionStatusCounts}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_TEMPLATE_VERSION_STATUS_COUNTS = Action.of(PREFIX, "GetResourceTemplateVersionStatusCounts");

  /** {@code proton:GetResourcesSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCES_SUMMARY = Action.of(PREFIX, "GetResourcesSummary");

  /** {@code proton:GetService}: Read; on service. */
  public static final Action GET_SERVICE = Action.of(PREFIX, "GetService");

  /** {@code proton:GetServiceInstance}: Read; on service-instance. */
  public static final Action GET_SERVICE_INSTANCE = Action.of(PREFIX, "GetServiceInstance");

  /** {@code proton:GetServiceInstanceSyncStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_INSTANCE_SYNC_STATUS = Action.of(PREFIX, "GetServiceInstanceSyncStatus");

  /** {@code proton:GetServiceSyncBlockerSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_SYNC_BLOCKER_SUMMARY = Action.of(PREFIX, "GetServiceSyncBlockerSummary");

  /** {@code proton:GetServiceSyncConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_SYNC_CONFIG = Action.of(PREFIX, "GetServiceSyncConfig");

  /** {@code proton:GetServiceTemplate}: Read; on service-template. */
  public static final Action GET_SERVICE_TEMPLATE = Action.of(PREFIX, "GetServiceTemplate");

  /** {@code proton:GetServiceTemplateMajorVersion}: Read; on service-template. */
  public static final Action GET_SERVICE_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "GetServiceTemplateMajorVersion");

  /** {@code proton:GetServiceTemplateMinorVersion}: Read; on service-template. */
  public static final Action GET_SERVICE_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "GetServiceTemplateMinorVersion");

  /** {@code proton:GetServiceTemplateVersion}: Read; on service-template. */
  public static final Action GET_SERVICE_TEMPLATE_VERSION = Action.of(PREFIX, "GetServiceTemplateVersion");

  /** {@code proton:GetTemplateSyncConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TEMPLATE_SYNC_CONFIG = Action.of(PREFIX, "GetTemplateSyncConfig");

  /** {@code proton:GetTemplateSyncStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TEMPLATE_SYNC_STATUS = Action.of(PREFIX, "GetTemplateSyncStatus");

  /** {@code proton:ListComponentOutputs}: List; on component, deployment. */
  public static final Action LIST_COMPONENT_OUTPUTS = Action.of(PREFIX, "ListComponentOutputs");

  /** {@code proton:ListComponentProvisionedResources}: List; on component. */
  public static final Action LIST_COMPONENT_PROVISIONED_RESOURCES = Action.of(PREFIX, "ListComponentProvisionedResources");

  /** {@code proton:ListComponents}: List; on environment, service, service-instance. */
  public static final Action LIST_COMPONENTS = Action.of(PREFIX, "ListComponents");

  /** {@code proton:ListDeployments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENTS = Action.of(PREFIX, "ListDeployments");

  /** {@code proton:ListEnvironmentAccountConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENT_ACCOUNT_CONNECTIONS = Action.of(PREFIX, "ListEnvironmentAccountConnections");

  /** {@code proton:ListEnvironmentOutputs}: List; on deployment, environment. */
  public static final Action LIST_ENVIRONMENT_OUTPUTS = Action.of(PREFIX, "ListEnvironmentOutputs");

  /** {@code proton:ListEnvironmentProvisionedResources}: List; on environment. */
  public static final Action LIST_ENVIRONMENT_PROVISIONED_RESOURCES = Action.of(PREFIX, "ListEnvironmentProvisionedResources");

  /** {@code proton:ListEnvironmentTemplateMajorVersions}: List; on environment-template. */
  public static final Action LIST_ENVIRONMENT_TEMPLATE_MAJOR_VERSIONS = Action.of(PREFIX, "ListEnvironmentTemplateMajorVersions");

  /** {@code proton:ListEnvironmentTemplateMinorVersions}: List; on environment-template. */
  public static final Action LIST_ENVIRONMENT_TEMPLATE_MINOR_VERSIONS = Action.of(PREFIX, "ListEnvironmentTemplateMinorVersions");

  /** {@code proton:ListEnvironmentTemplateVersions}: List; on environment-template. */
  public static final Action LIST_ENVIRONMENT_TEMPLATE_VERSIONS = Action.of(PREFIX, "ListEnvironmentTemplateVersions");

  /** {@code proton:ListEnvironmentTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENT_TEMPLATES = Action.of(PREFIX, "ListEnvironmentTemplates");

  /** {@code proton:ListEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code proton:ListRepositories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORIES = Action.of(PREFIX, "ListRepositories");

  /** {@code proton:ListRepositorySyncDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORY_SYNC_DEFINITIONS = Action.of(PREFIX, "ListRepositorySyncDefinitions");

  /** {@code proton:ListServiceInstanceOutputs}: List; on deployment, service, service-instance. */
  public static final Action LIST_SERVICE_INSTANCE_OUTPUTS = Action.of(PREFIX, "ListServiceInstanceOutputs");

  /** {@code proton:ListServiceInstanceProvisionedResources}: List; on service, service-instance. */
  public static final Action LIST_SERVICE_INSTANCE_PROVISIONED_RESOURCES = Action.of(PREFIX, "ListServiceInstanceProvisionedResources");

  /** {@code proton:ListServiceInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_INSTANCES = Action.of(PREFIX, "ListServiceInstances");

  /** {@code proton:ListServicePipelineOutputs}: List; on deployment, service. */
  public static final Action LIST_SERVICE_PIPELINE_OUTPUTS = Action.of(PREFIX, "ListServicePipelineOutputs");

  /** {@code proton:ListServicePipelineProvisionedResources}: List; on service. */
  public static final Action LIST_SERVICE_PIPELINE_PROVISIONED_RESOURCES = Action.of(PREFIX, "ListServicePipelineProvisionedResources");

  /** {@code proton:ListServiceTemplateMajorVersions}: List; on service-template. */
  public static final Action LIST_SERVICE_TEMPLATE_MAJOR_VERSIONS = Action.of(PREFIX, "ListServiceTemplateMajorVersions");

  /** {@code proton:ListServiceTemplateMinorVersions}: List; on service-template. */
  public static final Action LIST_SERVICE_TEMPLATE_MINOR_VERSIONS = Action.of(PREFIX, "ListServiceTemplateMinorVersions");

  /** {@code proton:ListServiceTemplateVersions}: List; on service-template. */
  public static final Action LIST_SERVICE_TEMPLATE_VERSIONS = Action.of(PREFIX, "ListServiceTemplateVersions");

  /** {@code proton:ListServiceTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_TEMPLATES = Action.of(PREFIX, "ListServiceTemplates");

  /** {@code proton:ListServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code proton:ListTagsForResource}: Read; on component, environment, environment-account-connection, environment-template, environment-template-major-version, environment-template-minor-version, environment-template-version, repository, service, service-instance, service-template, service-template-major-version, service-template-minor-version, service-template-version. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code proton:NotifyResourceDeploymentStatusChange}: Write; on environment, service-instance. */
  public static final Action NOTIFY_RESOURCE_DEPLOYMENT_STATUS_CHANGE = Action.of(PREFIX, "NotifyResourceDeploymentStatusChange");

  /** {@code proton:RejectEnvironmentAccountConnection}: Write; on environment-account-connection. */
  public static final Action REJECT_ENVIRONMENT_ACCOUNT_CONNECTION = Action.of(PREFIX, "RejectEnvironmentAccountConnection");

  /** {@code proton:TagResource}: Tagging; on component, environment, environment-account-connection, environment-template, environment-template-major-version, environment-template-minor-version, environment-template-version, repository, service, service-instance, service-template, service-template-major-version, service-template-minor-version, service-template-version. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code proton:UntagResource}: Tagging; on component, environment, environment-account-connection, environment-template, environment-template-major-version, environment-template-minor-version, environment-template-version, repository, service, service-instance, service-template, service-template-major-version, service-template-minor-version, service-template-version. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code proton:UpdateAccountRoles}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_ROLES = Action.of(PREFIX, "UpdateAccountRoles");

  /** {@code proton:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code proton:UpdateComponent}: Write; on component. */
  public static final Action UPDATE_COMPONENT = Action.of(PREFIX, "UpdateComponent");

  /** {@code proton:UpdateEnvironment}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  /** {@code proton:UpdateEnvironmentAccountConnection}: Write; on environment-account-connection. */
  public static final Action UPDATE_ENVIRONMENT_ACCOUNT_CONNECTION = Action.of(PREFIX, "UpdateEnvironmentAccountConnection");

  /** {@code proton:UpdateEnvironmentTemplate}: Write; on environment-template. */
  public static final Action UPDATE_ENVIRONMENT_TEMPLATE = Action.of(PREFIX, "UpdateEnvironmentTemplate");

  /** {@code proton:UpdateEnvironmentTemplateMajorVersion}: Write; on environment-template. */
  public static final Action UPDATE_ENVIRONMENT_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "UpdateEnvironmentTemplateMajorVersion");

  /** {@code proton:UpdateEnvironmentTemplateMinorVersion}: Write; on environment-template. */
  public static final Action UPDATE_ENVIRONMENT_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "UpdateEnvironmentTemplateMinorVersion");

  /** {@code proton:UpdateEnvironmentTemplateVersion}: Write; on environment-template. */
  public static final Action UPDATE_ENVIRONMENT_TEMPLATE_VERSION = Action.of(PREFIX, "UpdateEnvironmentTemplateVersion");

  /** {@code proton:UpdateService}: Write; on service. */
  public static final Action UPDATE_SERVICE = Action.of(PREFIX, "UpdateService");

  /** {@code proton:UpdateServiceInstance}: Write; on service-instance. */
  public static final Action UPDATE_SERVICE_INSTANCE = Action.of(PREFIX, "UpdateServiceInstance");

  /** {@code proton:UpdateServicePipeline}: Write; on service. */
  public static final Action UPDATE_SERVICE_PIPELINE = Action.of(PREFIX, "UpdateServicePipeline");

  /** {@code proton:UpdateServiceSyncBlocker}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVICE_SYNC_BLOCKER = Action.of(PREFIX, "UpdateServiceSyncBlocker");

  /** {@code proton:UpdateServiceSyncConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVICE_SYNC_CONFIG = Action.of(PREFIX, "UpdateServiceSyncConfig");

  /** {@code proton:UpdateServiceTemplate}: Write; on service-template. */
  public static final Action UPDATE_SERVICE_TEMPLATE = Action.of(PREFIX, "UpdateServiceTemplate");

  /** {@code proton:UpdateServiceTemplateMajorVersion}: Write; on service-template. */
  public static final Action UPDATE_SERVICE_TEMPLATE_MAJOR_VERSION = Action.of(PREFIX, "UpdateServiceTemplateMajorVersion");

  /** {@code proton:UpdateServiceTemplateMinorVersion}: Write; on service-template. */
  public static final Action UPDATE_SERVICE_TEMPLATE_MINOR_VERSION = Action.of(PREFIX, "UpdateServiceTemplateMinorVersion");

  /** {@code proton:UpdateServiceTemplateVersion}: Write; on service-template. */
  public static final Action UPDATE_SERVICE_TEMPLATE_VERSION = Action.of(PREFIX, "UpdateServiceTemplateVersion");

  /** {@code proton:UpdateTemplateSyncConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TEMPLATE_SYNC_CONFIG = Action.of(PREFIX, "UpdateTemplateSyncConfig");

  private Proton() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
