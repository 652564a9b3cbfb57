// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS AppConfig (prefix {@code appconfig}), as the service authorization reference lists them.
 */
public final class Appconfig {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appconfig";

  /** {@code appconfig:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code appconfig:CreateConfigurationProfile}: Write; on application. */
  public static final Action CREATE_CONFIGURATION_PROFILE = Action.of(PREFIX, "CreateConfigurationProfile");

  /** {@code appconfig:CreateDeploymentStrategy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEPLOYMENT_STRATEGY = Action.of(PREFIX, "CreateDeploymentStrategy");

  /** {@code appconfig:CreateEnvironment}: Write; on application. */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code appconfig:CreateExtension}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXTENSION = Action.of(PREFIX, "CreateExtension");

  /** {@code appconfig:CreateExtensionAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXTENSION_ASSOCIATION = Action.of(PREFIX, "CreateExtensionAssociation");

  /** {@code appconfig:CreateHostedConfigurationVersion}: Write; on application, configurationprofile. */
  public static final Action CREATE_HOSTED_CONFIGURATION_VERSION = Action.of(PREFIX, "CreateHostedConfigurationVersion");

  /** {@code appconfig:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code appconfig:DeleteConfigurationProfile}: Write; on application, configurationprofile. */
  public static final Action DELETE_CONFIGURATION_PROFILE = Action.of(PREFIX, "DeleteConfigurationProfile");

  /** {@code appconfig:DeleteDeploymentStrategy}: Write; on deploymentstrategy. */
  public static final Action DELETE_DEPLOYMENT_STRATEGY = Action.of(PREFIX, "DeleteDeploymentStrategy");

  /** {@code appconfig:DeleteEnvironment}: Write; on application, environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code appconfig:DeleteExtension}: Write; on extension. */
  public static final Action DELETE_EXTENSION = Action.of(PREFIX, "DeleteExtension");

  /** {@code appconfig:DeleteExtensionAssociation}: Write; on extensionassociation. */
  public static final Action DELETE_EXTENSION_ASSOCIATION = Action.of(PREFIX, "DeleteExtensionAssociation");

  /** {@code appconfig:DeleteHostedConfigurationVersion}: Write; on application, configurationprofile, hostedconfigurationversion. */
  public static final Action DELETE_HOSTED_CONFIGURATION_VERSION = Action.of(PREFIX, "DeleteHostedConfigurationVersion");

  /** {@code appconfig:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code appconfig:GetApplication}: Read; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code appconfig:GetConfiguration}: Read; on application, configurationprofile, environment. */
  public static final Action GET_CONFIGURATION = Action.of(PREFIX, "GetConfiguration");

  /** {@code appconfig:GetConfigurationProfile}: Read; on application, configurationprofile. */
  public static final Action GET_CONFIGURATION_PROFILE = Action.of(PREFIX, "GetConfigurationProfile");

  /** {@code appconfig:GetDeployment}: Read; on application, deployment, environment. */
  public static final Action GET_DEPLOYMENT = Action.of(PREFIX, "GetDeployment");

  /** {@code appconfig:GetDeploymentStrategy}: Read; on deploymentstrategy. */
  public static final Action GET_DEPLOYMENT_STRATEGY = Action.of(PREFIX, "GetDeploymentStrategy");

  /** {@code appconfig:GetEnvironment}: Read; on application, environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code appconfig:GetExtension}: Read; on extension. */
  public static final Action GET_EXTENSION = Action.of(PREFIX, "GetExtension");

  /** {@code appconfig:GetExtensionAssociation}: Read; on extensionassociation. */
  public static final Action GET_EXTENSION_ASSOCIATION = Action.of(PREFIX, "GetExtensionAssociation");

  /** {@code appconfig:GetHostedConfigurationVersion}: Read; on application, configurationprofile, hostedconfigurationversion. */
  public static final Action GET_HOSTED_CONFIGURATION_VERSION = Action.of(PREFIX, "GetHostedConfigurationVersion");

  /** {@code appconfig:GetLatestConfiguration}: Read; on configuration. */
  public static final Action GET_LATEST_CONFIGURATION = Action.of(PREFIX, "GetLatestConfiguration");

  /** {@code appconfig:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code appconfig:ListConfigurationProfiles}: List; on application. */
  public static final Action LIST_CONFIGURATION_PROFILES = Action.of(PREFIX, "ListConfigurationProfiles");

  /** {@code appconfig:ListDeploymentStrategies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENT_STRATEGIES = Action.of(PREFIX, "ListDeploymentStrategies");

  /** {@code appconfig:ListDeployments}: List; on application, environment. */
  public static final Action LIST_DEPLOYMENTS = Action.of(PREFIX, "ListDeployments");

  /** {@code appconfig:ListEnvironments}: List; on application. */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code appconfig:ListExtensionAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXTENSION_ASSOCIATIONS = Action.of(PREFIX, "ListExtensionAssociations");

  /** {@code appconfig:ListExtensions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXTENSIONS = Action.of(PREFIX, "ListExtensions");

  /** {@code appconfig:ListHostedConfigurationVersions}: List; on application, configurationprofile. */
  public static final Action LIST_HOSTED_CONFIGURATION_VERSIONS = Action.of(PREFIX, "ListHostedConfigurationVersions");

  /** {@code appconfig:ListTagsForResource}: Read; on application, configurationprofile, deployment, deploymentstrategy, environment, extension, extensionassociation. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code appconfig:StartConfigurationSession}: Write; on configuration. */
  public static final Action START_CONFIGURATION_SESSION = Action.of(PREFIX, "StartConfigurationSession");

  /** {@code appconfig:StartDeployment}: Write; on application, configurationprofile, deploymentstrategy, environment. */
  public static final Action START_DEPLOYMENT = Action.of(PREFIX, "StartDeployment");

  /** {@code appconfig:StopDeployment}: Write; on application, deployment, environment. */
  public static final Action STOP_DEPLOYMENT = Action.of(PREFIX, "StopDeployment");

  /** {@code appconfig:TagResource}: Tagging; on application, configuration, configurationprofile, deployment, deploymentstrategy, environment, extension, extensionassociation. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code appconfig:UntagResource}: Tagging; on application, configuration, configurationprofile, deployment, deploymentstrategy, environment, extension, extensionassociation. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code appconfig:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code appconfig:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code appconfig:UpdateConfigurationProfile}: Write; on application, configurationprofile. */
  public static final Action UPDATE_CONFIGURATION_PROFILE = Action.of(PREFIX, "UpdateConfigurationProfile");

  /** {@code appconfig:UpdateDeploymentStrategy}: Write; on deploymentstrategy. */
  public static final Action UPDATE_DEPLOYMENT_STRATEGY = Action.of(PREFIX, "UpdateDeploymentStrategy");

  /** {@code appconfig:UpdateEnvironment}: Write; on application, environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  /** {@code appconfig:UpdateExtension}: Write; on extension. */
  public static final Action UPDATE_EXTENSION = Action.of(PREFIX, "UpdateExtension");

  /** {@code appconfig:UpdateExtensionAssociation}: Write; on extensionassociation. */
  public static final Action UPDATE_EXTENSION_ASSOCIATION = Action.of(PREFIX, "UpdateExtensionAssociation");

  /** {@code appconfig:ValidateConfiguration}: Write; on application, configurationprofile. */
  public static final Action VALIDATE_CONFIGURATION = Action.of(PREFIX, "ValidateConfiguration");

  private Appconfig() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
