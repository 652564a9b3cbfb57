// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elastic Beanstalk (prefix {@code elasticbeanstalk}), as the service authorization reference lists them.
 */
public final class Elasticbeanstalk {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elasticbeanstalk";

  /** {@code elasticbeanstalk:AbortEnvironmentUpdate}: Write; on environment. */
  public static final Action ABORT_ENVIRONMENT_UPDATE = Action.of(PREFIX, "AbortEnvironmentUpdate");

  /** {@code elasticbeanstalk:AddTags}: Tagging; on application, applicationversion, configurationtemplate, environment, platform. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code elasticbeanstalk:ApplyEnvironmentManagedAction}: Write; on environment. */
  public static final Action APPLY_ENVIRONMENT_MANAGED_ACTION = Action.of(PREFIX, "ApplyEnvironmentManagedAction");

  /** {@code elasticbeanstalk:AssociateEnvironmentOperationsRole}: Write; on environment. */
  public static final Action ASSOCIATE_ENVIRONMENT_OPERATIONS_ROLE = Action.of(PREFIX, "AssociateEnvironmentOperationsRole");

  /** {@code elasticbeanstalk:CheckDNSAvailability}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_DNS_AVAILABILITY = Action.of(PREFIX, "CheckDNSAvailability");

  /** {@code elasticbeanstalk:ComposeEnvironments}: Write; on application, applicationversion. */
  public static final Action COMPOSE_ENVIRONMENTS = Action.of(PREFIX, "ComposeEnvironments");

  /** {@code elasticbeanstalk:CreateApplication}: Write; on application. */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code elasticbeanstalk:CreateApplicationVersion}: Write; on application, applicationversion. */
  public static final Action CREATE_APPLICATION_VERSION = Action.of(PREFIX, "CreateApplicationVersion");

  /** {@code elasticbeanstalk:CreateConfigurationTemplate}: Write; on configurationtemplate. */
  public static final Action CREATE_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "CreateConfigurationTemplate");

  /** {@code elasticbeanstalk:CreateEnvironment}: Write; on environment. */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code elasticbeanstalk:CreatePlatformVersion}: Write; on platform. */
  public static final Action CREATE_PLATFORM_VERSION = Action.of(PREFIX, "CreatePlatformVersion");

  /** {@code elasticbeanstalk:CreateStorageLocation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STORAGE_LOCATION = Action.of(PREFIX, "CreateStorageLocation");

  /** {@code elasticbeanstalk:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code elasticbeanstalk:DeleteApplicationVersion}: Write; on applicationversion. */
  public static final Action DELETE_APPLICATION_VERSION = Action.of(PREFIX, "DeleteApplicationVersion");

  /** {@code elasticbeanstalk:DeleteConfigurationTemplate}: Write; on configurationtemplate. */
  public static final Action DELETE_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "DeleteConfigurationTemplate");

  /** {@code elasticbeanstalk:DeleteEnvironmentConfiguration}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT_CONFIGURATION = Action.of(PREFIX, "DeleteEnvironmentConfiguration");

  /** {@code elasticbeanstalk:DeletePlatformVersion}: Write; on platform. */
  public static final Action DELETE_PLATFORM_VERSION = Action.of(PREFIX, "DeletePlatformVersion");

  /** {@code elasticbeanstalk:DescribeAccountAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ATTRIBUTES = Action.of(PREFIX, "DescribeAccountAttributes");

  /** {@code elasticbeanstalk:DescribeApplicationVersions}: List; on applicationversion. */
  public static final Action DESCRIBE_APPLICATION_VERSIONS = Action.of(PREFIX, "DescribeApplicationVersions");

  /** {@code elasticbeanstalk:DescribeApplications}: List; on application. */
  public static final Action DESCRIBE_APPLICATIONS = Action.of(PREFIX, "DescribeApplications");

  /** {@code elasticbeanstalk:DescribeConfigurationOptions}: Read; on configurationtemplate, environment, solutionstack. */
  public static final Action DESCRIBE_CONFIGURATION_OPTIONS = Action.of(PREFIX, "DescribeConfigurationOptions");

  /** {@code elasticbeanstalk:DescribeConfigurationSettings}: Read; on configurationtemplate, environment. */
  public static final Action DESCRIBE_CONFIGURATION_SETTINGS = Action.of(PREFIX, "DescribeConfigurationSettings");

  /** {@code elasticbeanstalk:DescribeEnvironmentHealth}: Read; on environment. */
  public static final Action DESCRIBE_ENVIRONMENT_HEALTH = Action.of(PREFIX, "DescribeEnvironmentHealth");

  /** {@code elasticbeanstalk:DescribeEnvironmentManagedActionHistory}: Read; on environment. */
  public static final Action DESCRIBE_ENVIRONMENT_MANAGED_ACTION_HISTORY = Action.of(PREFIX, "DescribeEnvironmentManagedActionHistory");

  /** {@code elasticbeanstalk:DescribeEnvironmentManagedActions}: Read; on environment. */
  public static final Action DESCRIBE_ENVIRONMENT_MANAGED_ACTIONS = Action.of(PREFIX, "DescribeEnvironmentManagedActions");

  /** {@code elasticbeanstalk:DescribeEnvironmentResources}: Read; on environment. */
  public static final Action DESCRIBE_ENVIRONMENT_RESOURCES = Action.of(PREFIX, "DescribeEnvironmentResources");

  /** {@code elasticbeanstalk:DescribeEnvironments}: List; on environment. */
  public static final Action DESCRIBE_ENVIRONMENTS = Action.of(PREFIX, "DescribeEnvironments");

  /** {@code elasticbeanstalk:DescribeEvents}: Read; on application, applicationversion, configurationtemplate, environment. */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code elasticbeanstalk:DescribeInstancesHealth}: Read; on environment. */
  public static final Action DESCRIBE_INSTANCES_HEALTH = Action.of(PREFIX, "DescribeInstancesHealth");

  /** {@code elasticbeanstalk:DescribePlatformVersion}: Read; on platform. */
  public static final Action DESCRIBE_PLATFORM_VERSION = Action.of(PREFIX, "DescribePlatformVersion");

  /** {@code elasticbeanstalk:DisassociateEnvironmentOperationsRole}: Write; on environment. */
  public static final Action DISASSOCIATE_ENVIRONMENT_OPERATIONS_ROLE = Action.of(PREFIX, "DisassociateEnvironmentOperationsRole");

  /** {@code elasticbeanstalk:ListAvailableSolutionStacks}: List; on solutionstack. */
  public static final Action LIST_AVAILABLE_SOLUTION_STACKS = Action.of(PREFIX, "ListAvailableSolutionStacks");

  /** {@code elasticbeanstalk:ListPlatformBranches}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLATFORM_BRANCHES = Action.of(PREFIX, "ListPlatformBranches");

  /** {@code elasticbeanstalk:ListPlatformVersions}: List; on platform. */
  public static final Action LIST_PLATFORM_VERSIONS = Action.of(PREFIX, "ListPlatformVersions");

  /** {@code elasticbeanstalk:ListTagsForResource}: Read; on application, applicationversion, configurationtemplate, environment, platform. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code elasticbeanstalk:PutInstanceStatistics}: Write; on application, environment. */
  public static final Action PUT_INSTANCE_STATISTICS = Action.of(PREFIX, "PutInstanceStatistics");

  /** {@code elasticbeanstalk:RebuildEnvironment}: Write; on environment. */
  public static final Action REBUILD_ENVIRONMENT = Action.of(PREFIX, "RebuildEnvironment");

  /** {@code elasticbeanstalk:RemoveTags}: Tagging; on application, applicationversion, configurationtemplate, environment, platform. */
  public static final Action REMOVE_TAGS = Action.of(PREFIX, "RemoveTags");

  /** {@code elasticbeanstalk:RequestEnvironmentInfo}: Read; on environment. */
  public static final Action REQUEST_ENVIRONMENT_INFO = Action.of(PREFIX, "RequestEnvironmentInfo");

  /** {@code elasticbeanstalk:RestartAppServer}: Write; on environment. */
  public static final Action RESTART_APP_SERVER = Action.of(PREFIX, "RestartAppServer");

  /** {@code elasticbeanstalk:RetrieveEnvironmentInfo}: Read; on environment. */
  public static final Action RETRIEVE_ENVIRONMENT_INFO = Action.of(PREFIX, "RetrieveEnvironmentInfo");

  /** {@code elasticbeanstalk:SwapEnvironmentCNAMEs}: Write; on environment. */
  public static final Action SWAP_ENVIRONMENT_CNAM_ES = Action.of(PREFIX, "SwapEnvironmentCNAMEs");

  /** {@code elasticbeanstalk:TerminateEnvironment}: Write; on environment. */
  public static final Action TERMINATE_ENVIRONMENT = Action.of(PREFIX, "TerminateEnvironment");

  /** {@code elasticbeanstalk:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code elasticbeanstalk:UpdateApplicationResourceLifecycle}: Write; on application. */
  public static final Action UPDATE_APPLICATION_RESOURCE_LIFECYCLE = Action.of(PREFIX, "UpdateApplicationResourceLifecycle");

  /** {@code elasticbeanstalk:UpdateApplicationVersion}: Write; on applicationversion. */
  public static final Action UPDATE_APPLICATION_VERSION = Action.of(PREFIX, "UpdateApplicationVersion");

  /** {@code elasticbeanstalk:UpdateConfigurationTemplate}: Write; on configurationtemplate. */
  public static final Action UPDATE_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "UpdateConfigurationTemplate");

  /** {@code elasticbeanstalk:UpdateEnvironment}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  /** {@code elasticbeanstalk:UpdateTagsForResource}: Tagging; on application, applicationversion, configurationtemplate, environment, platform. */
  public static final Action UPDATE_TAGS_FOR_RESOURCE = Action.of(PREFIX, "UpdateTagsForResource");

  /** {@code elasticbeanstalk:ValidateConfigurationSettings}: Read; on configurationtemplate, environment. */
  public static final Action VALIDATE_CONFIGURATION_SETTINGS = Action.of(PREFIX, "ValidateConfigurationSettings");

  private Elasticbeanstalk() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
