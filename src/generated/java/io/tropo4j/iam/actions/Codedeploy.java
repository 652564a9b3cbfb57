// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeDeploy (prefix {@code codedeploy}), as the service authorization reference lists them.
 */
public final class Codedeploy {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codedeploy";

  /** {@code codedeploy:AddTagsToOnPremisesInstances}: Tagging; on instance. */
  public static final Action ADD_TAGS_TO_ON_PREMISES_INSTANCES = Action.of(PREFIX, "AddTagsToOnPremisesInstances");

  /** {@code codedeploy:BatchGetApplicationRevisions}: Read; on application. */
  public static final Action BATCH_GET_APPLICATION_REVISIONS = Action.of(PREFIX, "BatchGetApplicationRevisions");

  /** {@code codedeploy:BatchGetApplications}: Read; on application. */
  public static final Action BATCH_GET_APPLICATIONS = Action.of(PREFIX, "BatchGetApplications");

  /** {@code codedeploy:BatchGetDeploymentGroups}: Read; on deploymentgroup. */
  public static final Action BATCH_GET_DEPLOYMENT_GROUPS = Action.of(PREFIX, "BatchGetDeploymentGroups");

  /** {@code codedeploy:BatchGetDeploymentInstances}: Read; on deploymentgroup. */
  public static final Action BATCH_GET_DEPLOYMENT_INSTANCES = Action.of(PREFIX, "BatchGetDeploymentInstances");

  /** {@code codedeploy:BatchGetDeploymentTargets}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_DEPLOYMENT_TARGETS = Action.of(PREFIX, "BatchGetDeploymentTargets");

  /** {@code codedeploy:BatchGetDeployments}: Read; on deploymentgroup. */
  public static final Action BATCH_GET_DEPLOYMENTS = Action.of(PREFIX, "BatchGetDeployments");

  /** {@code codedeploy:BatchGetOnPremisesInstances}: Read; on instance. */
  public static final Action BATCH_GET_ON_PREMISES_INSTANCES = Action.of(PREFIX, "BatchGetOnPremisesInstances");

  /** {@code codedeploy:ContinueDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action CONTINUE_DEPLOYMENT = Action.of(PREFIX, "ContinueDeployment");

  /** {@code codedeploy:CreateApplication}: Write; on application. */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code codedeploy:CreateCloudFormationDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLOUD_FORMATION_DEPLOYMENT = Action.of(PREFIX, "CreateCloudFormationDeployment");

  /** {@code codedeploy:CreateDeployment}: Write; on deploymentgroup. */
  public static final Action CREATE_DEPLOYMENT = Action.of(PREFIX, "CreateDeployment");

  /** {@code codedeploy:CreateDeploymentConfig}: Write; on deploymentconfig. */
  public static final Action CREATE_DEPLOYMENT_CONFIG = Action.of(PREFIX, "CreateDeploymentConfig");

  /** {@code codedeploy:CreateDeploymentGroup}: Write; on deploymentgroup. */
  public static final Action CREATE_DEPLOYMENT_GROUP = Action.of(PREFIX, "CreateDeploymentGroup");

  /** {@code codedeploy:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code codedeploy:DeleteDeploymentConfig}: Write; on deploymentconfig. */
  public static final Action DELETE_DEPLOYMENT_CONFIG = Action.of(PREFIX, "DeleteDeploymentConfig");

  /** {@code codedeploy:DeleteDeploymentGroup}: Write; on deploymentgroup. */
  public static final Action DELETE_DEPLOYMENT_GROUP = Action.of(PREFIX, "DeleteDeploymentGroup");

  /** {@code codedeploy:DeleteGitHubAccountToken}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GIT_HUB_ACCOUNT_TOKEN = Action.of(PREFIX, "DeleteGitHubAccountToken");

  /** {@code codedeploy:DeleteResourcesByExternalId}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCES_BY_EXTERNAL_ID = Action.of(PREFIX, "DeleteResourcesByExternalId");

  /** {@code codedeploy:DeregisterOnPremisesInstance}: Write; on instance. */
  public static final Action DEREGISTER_ON_PREMISES_INSTANCE = Action.of(PREFIX, "DeregisterOnPremisesInstance");

  /** {@code codedeploy:GetApplication}: List; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code codedeploy:GetApplicationRevision}: List; on application. */
  public static final Action GET_APPLICATION_REVISION = Action.of(PREFIX, "GetApplicationRevision");

  /** {@code codedeploy:GetDeployment}: List; on deploymentgroup. */
  public static final Action GET_DEPLOYMENT = Action.of(PREFIX, "GetDeployment");

  /** {@code codedeploy:GetDeploymentConfig}: List; on deploymentconfig. */
  public static final Action GET_DEPLOYMENT_CONFIG = Action.of(PREFIX, "GetDeploymentConfig");

  /** {@code codedeploy:GetDeploymentGroup}: List; on deploymentgroup. */
  public static final Action GET_DEPLOYMENT_GROUP = Action.of(PREFIX, "GetDeploymentGroup");

  /** {@code codedeploy:GetDeploymentInstance}: List; on deploymentgroup. */
  public static final Action GET_DEPLOYMENT_INSTANCE = Action.of(PREFIX, "GetDeploymentInstance");

  /** {@code codedeploy:GetDeploymentTarget}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEPLOYMENT_TARGET = Action.of(PREFIX, "GetDeploymentTarget");

  /** {@code codedeploy:GetOnPremisesInstance}: List; on instance. */
  public static final Action GET_ON_PREMISES_INSTANCE = Action.of(PREFIX, "GetOnPremisesInstance");

  /** {@code codedeploy:ListApplicationRevisions}: List; on application. */
  public static final Action LIST_APPLICATION_REVISIONS = Action.of(PREFIX, "ListApplicationRevisions");

  /** {@code codedeploy:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code codedeploy:ListDeploymentConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENT_CONFIGS = Action.of(PREFIX, "ListDeploymentConfigs");

  /** {@code codedeploy:ListDeploymentGroups}: List; on application. */
  public static final Action LIST_DEPLOYMENT_GROUPS = Action.of(PREFIX, "ListDeploymentGroups");

  /** {@code codedeploy:ListDeploymentInstances}: List; on deploymentgroup. */
  public static final Action LIST_DEPLOYMENT_INSTANCES = Action.of(PREFIX, "ListDeploymentInstances");

  /** {@code codedeploy:ListDeploymentTargets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENT_TARGETS = Action.of(PREFIX, "ListDeploymentTargets");

  /** {@code codedeploy:ListDeployments}: List; on deploymentgroup. */
  public static final Action LIST_DEPLOYMENTS = Action.of(PREFIX, "ListDeployments");

  /** {@code codedeploy:ListGitHubAccountTokenNames}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GIT_HUB_ACCOUNT_TOKEN_NAMES = Action.of(PREFIX, "ListGitHubAccountTokenNames");

  /** {@code codedeploy:ListOnPremisesInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ON_PREMISES_INSTANCES = Action.of(PREFIX, "ListOnPremisesInstances");

  /** {@code codedeploy:ListTagsForResource}: List; on application, deploymentgroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codedeploy:PutLifecycleEventHookExecutionStatus}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LIFECYCLE_EVENT_HOOK_EXECUTION_STATUS = Action.of(PREFIX, "PutLifecycleEventHookExecutionStatus");

  /** {@code codedeploy:RegisterApplicationRevision}: Write; on application. */
  public static final Action REGISTER_APPLICATION_REVISION = Action.of(PREFIX, "RegisterApplicationRevision");

  /** {@code codedeploy:RegisterOnPremisesInstance}: Write; on instance. */
  public static final Action REGISTER_ON_PREMISES_INSTANCE = Action.of(PREFIX, "RegisterOnPremisesInstance");

  /** {@code codedeploy:RemoveTagsFromOnPremisesInstances}: Tagging; on instance. */
  public static final Action REMOVE_TAGS_FROM_ON_PREMISES_INSTANCES = Action.of(PREFIX, "RemoveTagsFromOnPremisesInstances");

  /** {@code codedeploy:SkipWaitTimeForInstanceTermination}: Write; on no resource type (give {@code *}). */
  public static final Action SKIP_WAIT_TIME_FOR_INSTANCE_TERMINATION = Action.of(PREFIX, "SkipWaitTimeForInstanceTermination");

  /** {@code codedeploy:StopDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_DEPLOYMENT = Action.of(PREFIX, "StopDeployment");

  /** {@code codedeploy:TagResource}: Tagging; on application, deploymentgroup. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codedeploy:UntagResource}: Tagging; on application, deploymentgroup. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codedeploy:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code codedeploy:UpdateDeploymentGroup}: Write; on deploymentgroup. */
  public static final Action UPDATE_DEPLOYMENT_GROUP = Action.of(PREFIX, "UpdateDeploymentGroup");

  private Codedeploy() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
