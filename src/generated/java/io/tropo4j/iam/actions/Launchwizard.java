// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Launch Wizard (prefix {@code launchwizard}), as the service authorization reference lists them.
 */
public final class Launchwizard {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "launchwizard";

  /** {@code launchwizard:CreateAdditionalNode}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADDITIONAL_NODE = Action.of(PREFIX, "CreateAdditionalNode");

  /** {@code launchwizard:CreateDeployment}: Write; on deployment. */
  public static final Action CREATE_DEPLOYMENT = Action.of(PREFIX, "CreateDeployment");

  /** {@code launchwizard:CreateSettingsSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SETTINGS_SET = Action.of(PREFIX, "CreateSettingsSet");

  /** {@code launchwizard:DeleteAdditionalNode}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ADDITIONAL_NODE = Action.of(PREFIX, "DeleteAdditionalNode");

  /** {@code launchwizard:DeleteApp}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code launchwizard:DeleteDeployment}: Write; on deployment. */
  public static final Action DELETE_DEPLOYMENT = Action.of(PREFIX, "DeleteDeployment");

  /** {@code launchwizard:DeleteSettingsSet}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SETTINGS_SET = Action.of(PREFIX, "DeleteSettingsSet");

  /** {@code launchwizard:DescribeAdditionalNode}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDITIONAL_NODE = Action.of(PREFIX, "DescribeAdditionalNode");

  /** {@code launchwizard:DescribeProvisionedApp}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROVISIONED_APP = Action.of(PREFIX, "DescribeProvisionedApp");

  /** {@code launchwizard:DescribeProvisioningEvents}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROVISIONING_EVENTS = Action.of(PREFIX, "DescribeProvisioningEvents");

  /** {@code launchwizard:DescribeSettingsSet}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SETTINGS_SET = Action.of(PREFIX, "DescribeSettingsSet");

  /** {@code launchwizard:GetDeployment}: Read; on deployment. */
  public static final Action GET_DEPLOYMENT = Action.of(PREFIX, "GetDeployment");

  /** {@code launchwizard:GetDeploymentPatternVersion}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEPLOYMENT_PATTERN_VERSION = Action.of(PREFIX, "GetDeploymentPatternVersion");

  /** {@code launchwizard:GetInfrastructureSuggestion}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INFRASTRUCTURE_SUGGESTION = Action.of(PREFIX, "GetInfrastructureSuggestion");

  /** {@code launchwizard:GetIpAddress}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IP_ADDRESS = Action.of(PREFIX, "GetIpAddress");

  /** {@code launchwizard:GetResourceCostEstimate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_COST_ESTIMATE = Action.of(PREFIX, "GetResourceCostEstimate");

  /** {@code launchwizard:GetResourceRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_RECOMMENDATION = Action.of(PREFIX, "GetResourceRecommendation");

  /** {@code launchwizard:GetSettingsSet}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SETTINGS_SET = Action.of(PREFIX, "GetSettingsSet");

  /** {@code launchwizard:GetWorkload}: Read; on no resource type (give {@code *}). */
  public static final Action GET_WORKLOAD = Action.of(PREFIX, "GetWorkload");

  /** {@code launchwizard:GetWorkloadAsset}: Read; on no resource type (give {@code *}). */
  public static final Action GET_WORKLOAD_ASSET = Action.of(PREFIX, "GetWorkloadAsset");

  /** {@code launchwizard:GetWorkloadAssets}: Read; on no resource type (give {@code *}). */
  public static final Action GET_WORKLOAD_ASSETS = Action.of(PREFIX, "GetWorkloadAssets");

  /** {@code launchwizard:GetWorkloadDeploymentPattern}: Read; on no resource type (give {@code *}). */
  public static final Action GET_WORKLOAD_DEPLOYMENT_PATTERN = Action.of(PREFIX, "GetWorkloadDeploymentPattern");

  /** {@code launchwizard:ListAdditionalNodes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ADDITIONAL_NODES = Action.of(PREFIX, "ListAdditionalNodes");

  /** {@code launchwizard:ListAllowedResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALLOWED_RESOURCES = Action.of(PREFIX, "ListAllowedResources");

  /** {@code launchwizard:ListDeploymentEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENT_EVENTS = Action.of(PREFIX, "ListDeploymentEvents");

  /** {@code launchwizard:ListDeploymentPatternVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENT_PATTERN_VERSIONS = Action.of(PREFIX, "ListDeploymentPatternVersions");

  /** {@code launchwizard:ListDeployments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEPLOYMENTS = Action.of(PREFIX, "ListDeployments");

  /** {@code launchwizard:ListProvisionedApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONED_APPS = Action.of(PREFIX, "ListProvisionedApps");

  /** {@code launchwizard:ListResourceCostEstimates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_COST_ESTIMATES = Action.of(PREFIX, "ListResourceCostEstimates");

  /** {@code launchwizard:ListSettingsSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SETTINGS_SETS = Action.of(PREFIX, "ListSettingsSets");

  /** {@code launchwizard:ListTagsForResource}: Read; on deployment. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code launchwizard:ListWorkloadDeploymentOptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKLOAD_DEPLOYMENT_OPTIONS = Action.of(PREFIX, "ListWorkloadDeploymentOptions");

  /** {@code launchwizard:ListWorkloadDeploymentPatterns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKLOAD_DEPLOYMENT_PATTERNS = Action.of(PREFIX, "ListWorkloadDeploymentPatterns");

  /** {@code launchwizard:ListWorkloads}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKLOADS = Action.of(PREFIX, "ListWorkloads");

  /** {@code launchwizard:PutSettingsSet}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SETTINGS_SET = Action.of(PREFIX, "PutSettingsSet");

  /** {@code launchwizard:StartProvisioning}: Write; on no resource type (give {@code *}). */
  public static final Action START_PROVISIONING = Action.of(PREFIX, "StartProvisioning");

  /** {@code launchwizard:TagResource}: Tagging; on deployment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code launchwizard:UntagResource}: Tagging; on deployment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code launchwizard:UpdateDeployment}: Write; on deployment. */
  public static final Action UPDATE_DEPLOYMENT = Action.of(PREFIX, "UpdateDeployment");

  /** {@code launchwizard:UpdateSettingsSet}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SETTINGS_SET = Action.of(PREFIX, "UpdateSettingsSet");

  private Launchwizard() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
