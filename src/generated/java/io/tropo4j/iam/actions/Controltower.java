// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Control Tower (prefix {@code controltower}), as the service authorization reference lists them.
 */
public final class Controltower {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "controltower";

  /** {@code controltower:CreateLandingZone}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LANDING_ZONE = Action.of(PREFIX, "CreateLandingZone");

  /** {@code controltower:CreateManagedAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MANAGED_ACCOUNT = Action.of(PREFIX, "CreateManagedAccount");

  /** {@code controltower:DeleteLandingZone}: Write; on LandingZone. */
  public static final Action DELETE_LANDING_ZONE = Action.of(PREFIX, "DeleteLandingZone");

  /** {@code controltower:DeregisterManagedAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_MANAGED_ACCOUNT = Action.of(PREFIX, "DeregisterManagedAccount");

  /** {@code controltower:DeregisterOrganizationalUnit}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "DeregisterOrganizationalUnit");

  /** {@code controltower:DescribeAccountFactoryConfig}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_FACTORY_CONFIG = Action.of(PREFIX, "DescribeAccountFactoryConfig");

  /** {@code controltower:DescribeCoreService}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CORE_SERVICE = Action.of(PREFIX, "DescribeCoreService");

  /** {@code controltower:DescribeGuardrail}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GUARDRAIL = Action.of(PREFIX, "DescribeGuardrail");

  /** {@code controltower:DescribeGuardrailForTarget}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GUARDRAIL_FOR_TARGET = Action.of(PREFIX, "DescribeGuardrailForTarget");

  /** {@code controltower:DescribeLandingZoneConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LANDING_ZONE_CONFIGURATION = Action.of(PREFIX, "DescribeLandingZoneConfiguration");

  /** {@code controltower:DescribeManagedAccount}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MANAGED_ACCOUNT = Action.of(PREFIX, "DescribeManagedAccount");

  /** {@code controltower:DescribeManagedOrganizationalUnit}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MANAGED_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "DescribeManagedOrganizationalUnit");

  /** {@code controltower:DescribeRegisterOrganizationalUnitOperation}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGISTER_ORGANIZATIONAL_UNIT_OPERATION = Action.of(PREFIX, "DescribeRegisterOrganizationalUnitOperation");

  /** {@code controltower:DescribeSingleSignOn}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SINGLE_SIGN_ON = Action.of(PREFIX, "DescribeSingleSignOn");

  /** {@code controltower:DisableBaseline}: Write; on EnabledBaseline. */
  public static final Action DISABLE_BASELINE = Action.of(PREFIX, "DisableBaseline");

  /** {@code controltower:DisableControl}: Write; on EnabledControl. */
  public static final Action DISABLE_CONTROL = Action.of(PREFIX, "DisableControl");

  /** {@code controltower:DisableGuardrail}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_GUARDRAIL = Action.of(PREFIX, "DisableGuardrail");

  /** {@code controltower:EnableBaseline}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_BASELINE = Action.of(PREFIX, "EnableBaseline");

  /** {@code controltower:EnableControl}: Write; on EnabledControl. */
  public static final Action ENABLE_CONTROL = Action.of(PREFIX, "EnableControl");

  /** {@code controltower:EnableGuardrail}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_GUARDRAIL = Action.of(PREFIX, "EnableGuardrail");

  /** {@code controltower:GetAccountInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_INFO = Action.of(PREFIX, "GetAccountInfo");

  /** {@code controltower:GetAvailableUpdates}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AVAILABLE_UPDATES = Action.of(PREFIX, "GetAvailableUpdates");

  /** {@code controltower:GetBaseline}: Read; on Baseline. */
  public static final Action GET_BASELINE = Action.of(PREFIX, "GetBaseline");

  /** {@code controltower:GetBaselineOperation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BASELINE_OPERATION = Action.of(PREFIX, "GetBaselineOperation");

  /** {@code controltower:GetControlOperation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTROL_OPERATION = Action.of(PREFIX, "GetControlOperation");

  /** {@code controltower:GetEnabledBaseline}: Read; on EnabledBaseline. */
  public static final Action GET_ENABLED_BASELINE = Action.of(PREFIX, "GetEnabledBaseline");

  /** {@code controltower:GetEnabledControl}: Read; on EnabledControl. */
  public static final Action GET_ENABLED_CONTROL = Action.of(PREFIX, "GetEnabledControl");

  /** {@code controltower:GetGuardrailComplianceStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GUARDRAIL_COMPLIANCE_STATUS = Action.of(PREFIX, "GetGuardrailComplianceStatus");

  /** {@code controltower:GetHomeRegion}: Read; on no resource type (give {@code *}). */
  public static final Action GET_HOME_REGION = Action.of(PREFIX, "GetHomeRegion");

  /** {@code controltower:GetLandingZone}: Read; on LandingZone. */
  public static final Action GET_LANDING_ZONE = Action.of(PREFIX, "GetLandingZone");

  /** {@code controltower:GetLandingZoneDriftStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LANDING_ZONE_DRIFT_STATUS = Action.of(PREFIX, "GetLandingZoneDriftStatus");

  /** {@code controltower:GetLandingZoneOperation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LANDING_ZONE_OPERATION = Action.of(PREFIX, "GetLandingZoneOperation");

  /** {@code controltower:GetLandingZoneStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LANDING_ZONE_STATUS = Action.of(PREFIX, "GetLandingZoneStatus");

  /** {@code controltower:ListBaselines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BASELINES = Action.of(PREFIX, "ListBaselines");

  /** {@code controltower:ListControlOperations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTROL_OPERATIONS = Action.of(PREFIX, "ListControlOperations");

  /** {@code controltower:ListDirectoryGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DIRECTORY_GROUPS = Action.of(PREFIX, "ListDirectoryGroups");

  /** {@code controltower:ListDriftDetails}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DRIFT_DETAILS = Action.of(PREFIX, "ListDriftDetails");

  /** {@code controltower:ListEnabledBaselines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENABLED_BASELINES = Action.of(PREFIX, "ListEnabledBaselines");

  /** {@code controltower:ListEnabledControls}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENABLED_CONTROLS = Action.of(PREFIX, "ListEnabledControls");

  /** {@code controltower:ListEnabledGuardrails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENABLED_GUARDRAILS = Action.of(PREFIX, "ListEnabledGuardrails");

  /** {@code controltower:ListExtendGovernancePrecheckDetails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXTEND_GOVERNANCE_PRECHECK_DETAILS = Action.of(PREFIX, "ListExtendGovernancePrecheckDetails");

  /** {@code controltower:ListExternalConfigRuleCompliance}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EXTERNAL_CONFIG_RULE_COMPLIANCE = Action.of(PREFIX, "ListExternalConfigRuleCompliance");

  /** {@code controltower:ListGuardrailViolations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GUARDRAIL_VIOLATIONS = Action.of(PREFIX, "ListGuardrailViolations");

  /** {@code controltower:ListGuardrails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GUARDRAILS = Action.of(PREFIX, "ListGuardrails");

  /** {@code controltower:ListGuardrailsForTarget}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GUARDRAILS_FOR_TARGET = Action.of(PREFIX, "ListGuardrailsForTarget");

  /** {@code controltower:ListLandingZoneOperations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LANDING_ZONE_OPERATIONS = Action.of(PREFIX, "ListLandingZoneOperations");

  /** {@code controltower:ListLandingZones}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LANDING_ZONES = Action.of(PREFIX, "ListLandingZones");

  /** {@code controltower:ListManagedAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_ACCOUNTS = Action.of(PREFIX, "ListManagedAccounts");

  /** {@code controltower:ListManagedAccountsForGuardrail}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_ACCOUNTS_FOR_GUARDRAIL = Action.of(PREFIX, "ListManagedAccountsForGuardrail");

  /** {@code controltower:ListManagedAccountsForParent}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_ACCOUNTS_FOR_PARENT = Action.of(PREFIX, "ListManagedAccountsForParent");

  /** {@code controltower:ListManagedOrganizationalUnits}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_ORGANIZATIONAL_UNITS = Action.of(PREFIX, "ListManagedOrganizationalUnits");

  /** {@code controltower:ListManagedOrganizationalUnitsForGuardrail}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_ORGANIZATIONAL_UNITS_FOR_GUARDRAIL = Action.of(PREFIX, "ListManagedOrganizationalUnitsForGuardrail");

  /** {@code controltower:ListTagsForResource}: Read; on EnabledBaseline, EnabledControl, LandingZone. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code controltower:ManageOrganizationalUnit}: Write; on no resource type (give {@code *}). */
  public static final Action MANAGE_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "ManageOrganizationalUnit");

  /** {@code controltower:PerformPreLaunchChecks}: Read; on no resource type (give {@code *}). */
  public static final Action PERFORM_PRE_LAUNCH_CHECKS = Action.of(PREFIX, "PerformPreLaunchChecks");

  /** {@code controltower:ResetEnabledBaseline}: Write; on EnabledBaseline. */
  public static final Action RESET_ENABLED_BASELINE = Action.of(PREFIX, "ResetEnabledBaseline");

  /** {@code controltower:ResetEnabledControl}: Write; on EnabledControl. */
  public static final Action RESET_ENABLED_CONTROL = Action.of(PREFIX, "ResetEnabledControl");

  /** {@code controltower:ResetLandingZone}: Write; on LandingZone. */
  public static final Action RESET_LANDING_ZONE = Action.of(PREFIX, "ResetLandingZone");

  /** {@code controltower:SetupLandingZone}: Write; on no resource type (give {@code *}). */
  public static final Action SETUP_LANDING_ZONE = Action.of(PREFIX, "SetupLandingZone");

  /** {@code controltower:TagResource}: Tagging; on EnabledBaseline, EnabledControl, LandingZone. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code controltower:UntagResource}: Tagging; on EnabledBaseline, EnabledControl, LandingZone. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code controltower:UpdateAccountFactoryConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_FACTORY_CONFIG = Action.of(PREFIX, "UpdateAccountFactoryConfig");

  /** {@code controltower:UpdateEnabledBaseline}: Write; on EnabledBaseline. */
  public static final Action UPDATE_ENABLED_BASELINE = Action.of(PREFIX, "UpdateEnabledBaseline");

  /** {@code controltower:UpdateEnabledControl}: Write; on EnabledControl. */
  public static final Action UPDATE_ENABLED_CONTROL = Action.of(PREFIX, "UpdateEnabledControl");

  /** {@code controltower:UpdateLandingZone}: Write; on LandingZone. */
  public static final Action UPDATE_LANDING_ZONE = Action.of(PREFIX, "UpdateLandingZone");

  private Controltower() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
