// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS License Manager (prefix {@code license-manager}), as the service authorization reference lists them.
 */
public final class LicenseManager {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "license-manager";

  /** {@code license-manager:AcceptGrant}: Write; on grant. */
  public static final Action ACCEPT_GRANT = Action.of(PREFIX, "AcceptGrant");

  /** {@code license-manager:CheckInLicense}: Write; on no resource type (give {@code *}). */
  public static final Action CHECK_IN_LICENSE = Action.of(PREFIX, "CheckInLicense");

  /** {@code license-manager:CheckoutBorrowLicense}: Write; on license. */
  public static final Action CHECKOUT_BORROW_LICENSE = Action.of(PREFIX, "CheckoutBorrowLicense");

  /** {@code license-manager:CheckoutLicense}: Write; on no resource type (give {@code *}). */
  public static final Action CHECKOUT_LICENSE = Action.of(PREFIX, "CheckoutLicense");

  /** {@code license-manager:CreateGrant}: Write; on license. */
  public static final Action CREATE_GRANT = Action.of(PREFIX, "CreateGrant");

  /** {@code license-manager:CreateGrantVersion}: Write; on grant. */
  public static final Action CREATE_GRANT_VERSION = Action.of(PREFIX, "CreateGrantVersion");

  /** {@code license-manager:CreateLicense}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LICENSE = Action.of(PREFIX, "CreateLicense");

  /** {@code license-manager:CreateLicenseAssetGroup}: Write; on license-asset-ruleset. */
  public static final Action CREATE_LICENSE_ASSET_GROUP = Action.of(PREFIX, "CreateLicenseAssetGroup");

  /** {@code license-manager:CreateLicenseAssetRuleset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LICENSE_ASSET_RULESET = Action.of(PREFIX, "CreateLicenseAssetRuleset");

  /** {@code license-manager:CreateLicenseConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LICENSE_CONFIGURATION = Action.of(PREFIX, "CreateLicenseConfiguration");

  /** {@code license-manager:CreateLicenseConversionTaskForResource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LICENSE_CONVERSION_TASK_FOR_RESOURCE = Action.of(PREFIX, "CreateLicenseConversionTaskForResource");

  /** {@code license-manager:CreateLicenseManagerReportGenerator}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LICENSE_MANAGER_REPORT_GENERATOR = Action.of(PREFIX, "CreateLicenseManagerReportGenerator");

  /** {@code license-manager:CreateLicenseVersion}: Write; on license. */
  public static final Action CREATE_LICENSE_VERSION = Action.of(PREFIX, "CreateLicenseVersion");

  /** {@code license-manager:CreateToken}: Write; on license. */
  public static final Action CREATE_TOKEN = Action.of(PREFIX, "CreateToken");

  /** {@code license-manager:DeleteGrant}: Write; on grant. */
  public static final Action DELETE_GRANT = Action.of(PREFIX, "DeleteGrant");

  /** {@code license-manager:DeleteLicense}: Write; on license. */
  public static final Action DELETE_LICENSE = Action.of(PREFIX, "DeleteLicense");

  /** {@code license-manager:DeleteLicenseAssetGroup}: Write; on license-asset-group. */
  public static final Action DELETE_LICENSE_ASSET_GROUP = Action.of(PREFIX, "DeleteLicenseAssetGroup");

  /** {@code license-manager:DeleteLicenseAssetRuleset}: Write; on license-asset-ruleset. */
  public static final Action DELETE_LICENSE_ASSET_RULESET = Action.of(PREFIX, "DeleteLicenseAssetRuleset");

  /** {@code license-manager:DeleteLicenseConfiguration}: Write; on license-configuration. */
  public static final Action DELETE_LICENSE_CONFIGURATION = Action.of(PREFIX, "DeleteLicenseConfiguration");

  /** {@code license-manager:DeleteLicenseManagerReportGenerator}: Write; on report-generator. */
  public static final Action DELETE_LICENSE_MANAGER_REPORT_GENERATOR = Action.of(PREFIX, "DeleteLicenseManagerReportGenerator");

  /** {@code license-manager:DeleteToken}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TOKEN = Action.of(PREFIX, "DeleteToken");

  /** {@code license-manager:ExtendLicenseConsumption}: Write; on no resource type (give {@code *}). */
  public static final Action EXTEND_LICENSE_CONSUMPTION = Action.of(PREFIX, "ExtendLicenseConsumption");

  /** {@code license-manager:GetAccessToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCESS_TOKEN = Action.of(PREFIX, "GetAccessToken");

  /** {@code license-manager:GetGrant}: Read; on grant. */
  public static final Action GET_GRANT = Action.of(PREFIX, "GetGrant");

  /** {@code license-manager:GetLicense}: Read; on license. */
  public static final Action GET_LICENSE = Action.of(PREFIX, "GetLicense");

  /** {@code license-manager:GetLicenseAssetGroup}: Read; on license-asset-group. */
  public static final Action GET_LICENSE_ASSET_GROUP = Action.of(PREFIX, "GetLicenseAssetGroup");

  /** {@code license-manager:GetLicenseAssetRuleset}: Read; on license-asset-ruleset. */
  public static final Action GET_LICENSE_ASSET_RULESET = Action.of(PREFIX, "GetLicenseAssetRuleset");

  /** {@code license-manager:GetLicenseConfiguration}: Read; on license-configuration. */
  public static final Action GET_LICENSE_CONFIGURATION = Action.of(PREFIX, "GetLicenseConfiguration");

  /** {@code license-manager:GetLicenseConversionTask}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LICENSE_CONVERSION_TASK = Action.of(PREFIX, "GetLicenseConversionTask");

  /** {@code license-manager:GetLicenseManagerReportGenerator}: Read; on report-generator. */
  public static final Action GET_LICENSE_MANAGER_REPORT_GENERATOR = Action.of(PREFIX, "GetLicenseManagerReportGenerator");

  /** {@code license-manager:GetLicenseUsage}: Read; on license. */
  public static final Action GET_LICENSE_USAGE = Action.of(PREFIX, "GetLicenseUsage");

  /** {@code license-manager:GetServiceSettings}: List; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_SETTINGS = Action.of(PREFIX, "GetServiceSettings");

  /** {@code license-manager:ListAssetsForLicenseAssetGroup}: List; on license-asset-group. */
  public static final Action LIST_ASSETS_FOR_LICENSE_ASSET_GROUP = Action.of(PREFIX, "ListAssetsForLicenseAssetGroup");

  /** {@code license-manager:ListAssociationsForLicenseConfiguration}: List; on license-configuration. */
  public static final Action LIST_ASSOCIATIONS_FOR_LICENSE_CONFIGURATION = Action.of(PREFIX, "ListAssociationsForLicenseConfiguration");

  /** {@code license-manager:ListDistributedGrants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTED_GRANTS = Action.of(PREFIX, "ListDistributedGrants");

  /** {@code license-manager:ListFailuresForLicenseConfigurationOperations}: List; on license-configuration. */
  public static final Action LIST_FAILURES_FOR_LICENSE_CONFIGURATION_OPERATIONS = Action.of(PREFIX, "ListFailuresForLicenseConfigurationOperations");

  /** {@code license-manager:ListLicenseAssetGroups}: List; on license-asset-group. */
  public static final Action LIST_LICENSE_ASSET_GROUPS = Action.of(PREFIX, "ListLicenseAssetGroups");

  /** {@code license-manager:ListLicenseAssetRulesets}: List; on license-asset-ruleset. */
  public static final Action LIST_LICENSE_ASSET_RULESETS = Action.of(PREFIX, "ListLicenseAssetRulesets");

  /** {@code license-manager:ListLicenseConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LICENSE_CONFIGURATIONS = Action.of(PREFIX, "ListLicenseConfigurations");

  /** {@code license-manager:ListLicenseConfigurationsForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LICENSE_CONFIGURATIONS_FOR_ORGANIZATION = Action.of(PREFIX, "ListLicenseConfigurationsForOrganization");

  /** {@code license-manager:ListLicenseConversionTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LICENSE_CONVERSION_TASKS = Action.of(PREFIX, "ListLicenseConversionTasks");

  /** {@code license-manager:ListLicenseManagerReportGenerators}: List; on license-configuration. */
  public static final Action LIST_LICENSE_MANAGER_REPORT_GENERATORS = Action.of(PREFIX, "ListLicenseManagerReportGenerators");

  /** {@code license-manager:ListLicenseSpecificationsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LICENSE_SPECIFICATIONS_FOR_RESOURCE = Action.of(PREFIX, "ListLicenseSpecificationsForResource");

  /** {@code license-manager:ListLicenseVersions}: List; on license. */
  public static final Action LIST_LICENSE_VERSIONS = Action.of(PREFIX, "ListLicenseVersions");

  /** {@code license-manager:ListLicenses}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LICENSES = Action.of(PREFIX, "ListLicenses");

  /** {@code license-manager:ListReceivedGrants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECEIVED_GRANTS = Action.of(PREFIX, "ListReceivedGrants");

  /** {@code license-manager:ListReceivedGrantsForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECEIVED_GRANTS_FOR_ORGANIZATION = Action.of(PREFIX, "ListReceivedGrantsForOrganization");

  /** {@code license-manager:ListReceivedLicenses}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECEIVED_LICENSES = Action.of(PREFIX, "ListReceivedLicenses");

  /** {@code license-manager:ListReceivedLicensesForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECEIVED_LICENSES_FOR_ORGANIZATION = Action.of(PREFIX, "ListReceivedLicensesForOrganization");

  /** {@code license-manager:ListResourceInventory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_INVENTORY = Action.of(PREFIX, "ListResourceInventory");

  /** {@code license-manager:ListTagsForResource}: Read; on grant, license, license-asset-group, license-asset-ruleset, license-configuration, report-generator. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code license-manager:ListTokens}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOKENS = Action.of(PREFIX, "ListTokens");

  /** {@code license-manager:ListUsageForLicenseConfiguration}: List; on license-configuration. */
  public static final Action LIST_USAGE_FOR_LICENSE_CONFIGURATION = Action.of(PREFIX, "ListUsageForLicenseConfiguration");

  /** {@code license-manager:RejectGrant}: Write; on grant. */
  public static final Action REJECT_GRANT = Action.of(PREFIX, "RejectGrant");

  /** {@code license-manager:TagResource}: Tagging; on grant, license, license-asset-group, license-asset-ruleset, license-configuration, report-generator. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code license-manager:UntagResource}: Tagging; on grant, license, license-asset-group, license-asset-ruleset, license-configuration, report-generator. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code license-manager:UpdateLicenseAssetGroup}: Write; on license-asset-group, license-asset-ruleset. */
  public static final Action UPDATE_LICENSE_ASSET_GROUP = Action.of(PREFIX, "UpdateLicenseAssetGroup");

  /** {@code license-manager:UpdateLicenseAssetRuleset}: Write; on license-asset-ruleset. */
  public static final Action UPDATE_LICENSE_ASSET_RULESET = Action.of(PREFIX, "UpdateLicenseAssetRuleset");

  /** {@code license-manager:UpdateLicenseConfiguration}: Write; on license-configuration. */
  public static final Action UPDATE_LICENSE_CONFIGURATION = Action.of(PREFIX, "UpdateLicenseConfiguration");

  /** {@code license-manager:UpdateLicenseManagerReportGenerator}: Write; on report-generator. */
  public static final Action UPDATE_LICENSE_MANAGER_REPORT_GENERATOR = Action.of(PREFIX, "UpdateLicenseManagerReportGenerator");

  /** {@code license-manager:UpdateLicenseSpecificationsForResource}: Write; on license-configuration. */
  public static final Action UPDATE_LICENSE_SPECIFICATIONS_FOR_RESOURCE = Action.of(PREFIX, "UpdateLicenseSpecificationsForResource");

  /** {@code license-manager:UpdateServiceSettings}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVICE_SETTINGS = Action.of(PREFIX, "UpdateServiceSettings");

  private LicenseManager() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
