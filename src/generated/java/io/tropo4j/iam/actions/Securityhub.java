// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Security Hub (prefix {@code securityhub}), as the service authorization reference lists them.
 */
public final class Securityhub {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "securityhub";

  /** {@code securityhub:AcceptAdministratorInvitation}: Write; on hub. */
  public static final Action ACCEPT_ADMINISTRATOR_INVITATION = Action.of(PREFIX, "AcceptAdministratorInvitation");

  /** {@code securityhub:AcceptInvitation}: Write; on hub. */
  public static final Action ACCEPT_INVITATION = Action.of(PREFIX, "AcceptInvitation");

  /** {@code securityhub:AllowVendedLogDeliveryForResource}: Permissions management; on hub, hubv2. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code securityhub:BatchDeleteAutomationRules}: Write; on automation-rule. */
  public static final Action BATCH_DELETE_AUTOMATION_RULES = Action.of(PREFIX, "BatchDeleteAutomationRules");

  /** {@code securityhub:BatchDisableStandards}: Write; on hub. */
  public static final Action BATCH_DISABLE_STANDARDS = Action.of(PREFIX, "BatchDisableStandards");

  /** {@code securityhub:BatchEnableStandards}: Write; on hub. */
  public static final Action BATCH_ENABLE_STANDARDS = Action.of(PREFIX, "BatchEnableStandards");

  /** {@code securityhub:BatchGetAutomationRules}: Read; on automation-rule. */
  public static final Action BATCH_GET_AUTOMATION_RULES = Action.of(PREFIX, "BatchGetAutomationRules");

  /** {@code securityhub:BatchGetConfigurationPolicyAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_CONFIGURATION_POLICY_ASSOCIATIONS = Action.of(PREFIX, "BatchGetConfigurationPolicyAssociations");

  /** {@code securityhub:BatchGetControlEvaluations}: Read; on hub. */
  public static final Action BATCH_GET_CONTROL_EVALUATIONS = Action.of(PREFIX, "BatchGetControlEvaluations");

  /** {@code securityhub:BatchGetSecurityControls}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_SECURITY_CONTROLS = Action.of(PREFIX, "BatchGetSecurityControls");

  /** {@code securityhub:BatchGetStandardsControlAssociations}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_STANDARDS_CONTROL_ASSOCIATIONS = Action.of(PREFIX, "BatchGetStandardsControlAssociations");

  /** {@code securityhub:BatchImportFindings}: Write; on product. */
  public static final Action BATCH_IMPORT_FINDINGS = Action.of(PREFIX, "BatchImportFindings");

  /** {@code securityhub:BatchUpdateAutomationRules}: Write; on automation-rule. */
  public static final Action BATCH_UPDATE_AUTOMATION_RULES = Action.of(PREFIX, "BatchUpdateAutomationRules");

  /** {@code securityhub:BatchUpdateFindings}: Write; on hub, hubv2. */
  public static final Action BATCH_UPDATE_FINDINGS = Action.of(PREFIX, "BatchUpdateFindings");

  /** {@code securityhub:BatchUpdateStandardsControlAssociations}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_STANDARDS_CONTROL_ASSOCIATIONS = Action.of(PREFIX, "BatchUpdateStandardsControlAssociations");

  /** {@code securityhub:ConnectorRegistrationsV2}: Write; on no resource type (give {@code *}). */
  public static final Action CONNECTOR_REGISTRATIONS_V2 = Action.of(PREFIX, "ConnectorRegistrationsV2");

  /** {@code securityhub:CreateActionTarget}: Write; on hub. */
  public static final Action CREATE_ACTION_TARGET = Action.of(PREFIX, "CreateActionTarget");

  /** {@code securityhub:CreateAggregatorV2}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AGGREGATOR_V2 = Action.of(PREFIX, "CreateAggregatorV2");

  /** {@code securityhub:CreateAutomationRule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTOMATION_RULE = Action.of(PREFIX, "CreateAutomationRule");

  /** {@code securityhub:CreateAutomationRuleV2}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTOMATION_RULE_V2 = Action.of(PREFIX, "CreateAutomationRuleV2");

  /** {@code securityhub:CreateConfigurationPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIGURATION_POLICY = Action.of(PREFIX, "CreateConfigurationPolicy");

  /** {@code securityhub:CreateConnectorV2}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR_V2 = Action.of(PREFIX, "CreateConnectorV2");

  /** {@code securityhub:CreateFindingAggregator}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FINDING_AGGREGATOR = Action.of(PREFIX, "CreateFindingAggregator");

  /** {@code securityhub:CreateInsight}: Write; on hub. */
  public static final Action CREATE_INSIGHT = Action.of(PREFIX, "CreateInsight");

  /** {@code securityhub:CreateMembers}: Write; on hub. */
  public static final Action CREATE_MEMBERS = Action.of(PREFIX, "CreateMembers");

  /** {@code securityhub:CreateTicketV2}: Write; on connectorv2. */
  public static final Action CREATE_TICKET_V2 = Action.of(PREFIX, "CreateTicketV2");

  /** {@code securityhub:DeclineInvitations}: Write; on hub. */
  public static final Action DECLINE_INVITATIONS = Action.of(PREFIX, "DeclineInvitations");

  /** {@code securityhub:DeleteActionTarget}: Write; on hub. */
  public static final Action DELETE_ACTION_TARGET = Action.of(PREFIX, "DeleteActionTarget");

  /** {@code securityhub:DeleteAggregatorV2}: Write; on aggregatorv2. */
  public static final Action DELETE_AGGREGATOR_V2 = Action.of(PREFIX, "DeleteAggregatorV2");

  /** {@code securityhub:DeleteAutomationRuleV2}: Write; on automation-rulev2. */
  public static final Action DELETE_AUTOMATION_RULE_V2 = Action.of(PREFIX, "DeleteAutomationRuleV2");

  /** {@code securityhub:DeleteConfigurationPolicy}: Write; on configuration-policy. */
  public static final Action DELETE_CONFIGURATION_POLICY = Action.of(PREFIX, "DeleteConfigurationPolicy");

  /** {@code securityhub:DeleteConnectorV2}: Write; on connectorv2. */
  public static final Action DELETE_CONNECTOR_V2 = Action.of(PREFIX, "DeleteConnectorV2");

  /** {@code securityhub:DeleteFindingAggregator}: Write; on finding-aggregator. */
  public static final Action DELETE_FINDING_AGGREGATOR = Action.of(PREFIX, "DeleteFindingAggregator");

  /** {@code securityhub:DeleteInsight}: Write; on hub. */
  public static final Action DELETE_INSIGHT = Action.of(PREFIX, "DeleteInsight");

  /** {@code securityhub:DeleteInvitations}: Write; on hub. */
  public static final Action DELETE_INVITATIONS = Action.of(PREFIX, "DeleteInvitations");

  /** {@code securityhub:DeleteMembers}: Write; on hub. */
  public static final Action DELETE_MEMBERS = Action.of(PREFIX, "DeleteMembers");

  /** {@code securityhub:DescribeActionTargets}: Read; on hub. */
  public static final Action DESCRIBE_ACTION_TARGETS = Action.of(PREFIX, "DescribeActionTargets");

  /** {@code securityhub:DescribeHub}: Read; on hub. */
  public static final Action DESCRIBE_HUB = Action.of(PREFIX, "DescribeHub");

  /** {@code securityhub:DescribeOrganizationConfiguration}: Read; on hub. */
  public static final Action DESCRIBE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "DescribeOrganizationConfiguration");

  /** {@code securityhub:DescribeProducts}: Read; on hub. */
  public static final Action DESCRIBE_PRODUCTS = Action.of(PREFIX, "DescribeProducts");

  /** {@code securityhub:DescribeProductsV2}: Read; on hubv2. */
  public static final Action DESCRIBE_PRODUCTS_V2 = Action.of(PREFIX, "DescribeProductsV2");

  /** {@code securityhub:DescribeSecurityHubV2}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECURITY_HUB_V2 = Action.of(PREFIX, "DescribeSecurityHubV2");

  /** {@code securityhub:DescribeStandards}: Read; on hub. */
  public static final Action DESCRIBE_STANDARDS = Action.of(PREFIX, "DescribeStandards");

  /** {@code securityhub:DescribeStandardsControls}: Read; on hub. */
  public static final Action DESCRIBE_STANDARDS_CONTROLS = Action.of(PREFIX, "DescribeStandardsControls");

  /** {@code securityhub:DisableImportFindingsForProduct}: Write; on hub. */
  public static final Action DISABLE_IMPORT_FINDINGS_FOR_PRODUCT = Action.of(PREFIX, "DisableImportFindingsForProduct");

  /** {@code securityhub:DisableOrganizationAdminAccount}: Write; on hub. */
  public static final Action DISABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "DisableOrganizationAdminAccount");

  /** {@code securityhub:DisableSecurityHub}: Write; on hub. */
  public static final Action DISABLE_SECURITY_HUB = Action.of(PREFIX, "DisableSecurityHub");

  /** {@code securityhub:DisableSecurityHubV2}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_SECURITY_HUB_V2 = Action.of(PREFIX, "DisableSecurityHubV2");

  /** {@code securityhub:DisassociateFromAdministratorAccount}: Write; on hub. */
  public static final Action DISASSOCIATE_FROM_ADMINISTRATOR_ACCOUNT = Action.of(PREFIX, "DisassociateFromAdministratorAccount");

  /** {@code securityhub:DisassociateFromMasterAccount}: Write; on hub. */
  public static final Action DISASSOCIATE_FROM_MASTER_ACCOUNT = Action.of(PREFIX, "DisassociateFromMasterAccount");

  /** {@code securityhub:DisassociateMembers}: Write; on hub. */
  public static final Action DISASSOCIATE_MEMBERS = Action.of(PREFIX, "DisassociateMembers");

  /** {@code securityhub:EnableImportFindingsForProduct}: Write; on hub. */
  public static final Action ENABLE_IMPORT_FINDINGS_FOR_PRODUCT = Action.of(PREFIX, "EnableImportFindingsForProduct");

  /** {@code securityhub:EnableOrganizationAdminAccount}: Write; on hub. */
  public static final Action ENABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "EnableOrganizationAdminAccount");

  /** {@code securityhub:EnableSecurityHub}: Write; on hub. */
  public static final Action ENABLE_SECURITY_HUB = Action.of(PREFIX, "EnableSecurityHub");

  /** {@code securityhub:EnableSecurityHubV2}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_SECURITY_HUB_V2 = Action.of(PREFIX, "EnableSecurityHubV2");

  /** {@code securityhub:GetAdhocInsightResults}: Read; on hub, hubv2. */
  public static final Action GET_ADHOC_INSIGHT_RESULTS = Action.of(PREFIX, "GetAdhocInsightResults");

  /** {@code securityhub:GetAdministratorAccount}: Read; on hub. */
  public static final Action GET_ADMINISTRATOR_ACCOUNT = Action.of(PREFIX, "GetAdministratorAccount");

  /** {@code securityhub:GetAggregatorV2}: Read; on aggregatorv2. */
  public static final Action GET_AGGREGATOR_V2 = Action.of(PREFIX, "GetAggregatorV2");

  /** {@code securityhub:GetAutomationRuleV2}: Read; on automation-rulev2. */
  public static final Action GET_AUTOMATION_RULE_V2 = Action.of(PREFIX, "GetAutomationRuleV2");

  /** {@code securityhub:GetConfigurationPolicy}: Read; on configuration-policy. */
  public static final Action GET_CONFIGURATION_POLICY = Action.of(PREFIX, "GetConfigurationPolicy");

  /** {@code securityhub:GetConfigurationPolicyAssociation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONFIGURATION_POLICY_ASSOCIATION = Action.of(PREFIX, "GetConfigurationPolicyAssociation");

  /** {@code securityhub:GetConnectorV2}: Read; on connectorv2. */
  public static final Action GET_CONNECTOR_V2 = Action.of(PREFIX, "GetConnectorV2");

  /** {@code securityhub:GetControlFindingSummary}: Read; on hub. */
  public static final Action GET_CONTROL_FINDING_SUMMARY = Action.of(PREFIX, "GetControlFindingSummary");

  /** {@code securityhub:GetEnabledStandards}: List; on hub. */
  public static final Action GET_ENABLED_STANDARDS = Action.of(PREFIX, "GetEnabledStandards");

  /** {@code securityhub:GetFindingAggregator}: Read; on finding-aggregator. */
  public static final Action GET_FINDING_AGGREGATOR = Action.of(PREFIX, "GetFindingAggregator");

  /** {@code securityhub:GetFindingHistory}: Read; on hub. */
  public static final Action GET_FINDING_HISTORY = Action.of(PREFIX, "GetFindingHistory");

  /** {@code securityhub:GetFindings}: Read; on hub, hubv2. */
  public static final Action GET_FINDINGS = Action.of(PREFIX, "GetFindings");

  /** {@code securityhub:GetFindingsTrendsV2}: Read; on hubv2. */
  public static final Action GET_FINDINGS_TRENDS_V2 = Action.of(PREFIX, "GetFindingsTrendsV2");

  /** {@code securityhub:GetFreeTrialEndDate}: Read; on hub. */
  public static final Action GET_FREE_TRIAL_END_DATE = Action.of(PREFIX, "GetFreeTrialEndDate");

  /** {@code securityhub:GetFreeTrialUsage}: Read; on hub. */
  public static final Action GET_FREE_TRIAL_USAGE = Action.of(PREFIX, "GetFreeTrialUsage");

  /** {@code securityhub:GetInsightFindingTrend}: Read; on hub. */
  public static final Action GET_INSIGHT_FINDING_TREND = Action.of(PREFIX, "GetInsightFindingTrend");

  /** {@code securityhub:GetInsightResults}: Read; on hub. */
  public static final Action GET_INSIGHT_RESULTS = Action.of(PREFIX, "GetInsightResults");

  /** {@code securityhub:GetInsights}: List; on hub. */
  public static final Action GET_INSIGHTS = Action.of(PREFIX, "GetInsights");

  /** {@code securityhub:GetInvitationsCount}: Read; on hub. */
  public static final Action GET_INVITATIONS_COUNT = Action.of(PREFIX, "GetInvitationsCount");

  /** {@code securityhub:GetMasterAccount}: Read; on hub. */
  public static final Action GET_MASTER_ACCOUNT = Action.of(PREFIX, "GetMasterAccount");

  /** {@code securityhub:GetMembers}: Read; on hub. */
  public static final Action GET_MEMBERS = Action.of(PREFIX, "GetMembers");

  /** {@code securityhub:GetResourcesStatisticsV2}: Read; on hubv2. */
  public static final Action GET_RESOURCES_STATISTICS_V2 = Action.of(PREFIX, "GetResourcesStatisticsV2");

  /** {@code securityhub:GetResourcesTrendsV2}: Read; on hubv2. */
  public static final Action GET_RESOURCES_TRENDS_V2 = Action.of(PREFIX, "GetResourcesTrendsV2");

  /** {@code securityhub:GetResourcesV2}: Read; on hubv2. */
  public static final Action GET_RESOURCES_V2 = Action.of(PREFIX, "GetResourcesV2");

  /** {@code securityhub:GetSecurityControlDefinition}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SECURITY_CONTROL_DEFINITION = Action.of(PREFIX, "GetSecurityControlDefinition");

  /** {@code securityhub:GetUsage}: Read; on hub. */
  public static final Action GET_USAGE = Action.of(PREFIX, "GetUsage");

  /** {@code securityhub:InviteMembers}: Write; on hub. */
  public static final Action INVITE_MEMBERS = Action.of(PREFIX, "InviteMembers");

  /** {@code securityhub:ListAggregatorsV2}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGGREGATORS_V2 = Action.of(PREFIX, "ListAggregatorsV2");

  /** {@code securityhub:ListAutomationRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_RULES = Action.of(PREFIX, "ListAutomationRules");

  /** {@code securityhub:ListAutomationRulesV2}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATION_RULES_V2 = Action.of(PREFIX, "ListAutomationRulesV2");

  /** {@code securityhub:ListConfigurationPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_POLICIES = Action.of(PREFIX, "ListConfigurationPolicies");

  /** {@code securityhub:ListConfigurationPolicyAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_POLICY_ASSOCIATIONS = Action.of(PREFIX, "ListConfigurationPolicyAssociations");

  /** {@code securityhub:ListConnectorsV2}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTORS_V2 = Action.of(PREFIX, "ListConnectorsV2");

  /** {@code securityhub:ListControlEvaluationSummaries}: Read; on hub. */
  public static final Action LIST_CONTROL_EVALUATION_SUMMARIES = Action.of(PREFIX, "ListControlEvaluationSummaries");

  /** {@code securityhub:ListEnabledProductsForImport}: List; on hub. */
  public static final Action LIST_ENABLED_PRODUCTS_FOR_IMPORT = Action.of(PREFIX, "ListEnabledProductsForImport");

  /** {@code securityhub:ListFindingAggregators}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDING_AGGREGATORS = Action.of(PREFIX, "ListFindingAggregators");

  /** {@code securityhub:ListInvitations}: List; on hub. */
  public static final Action LIST_INVITATIONS = Action.of(PREFIX, "ListInvitations");

  /** {@code securityhub:ListMembers}: List; on hub. */
  public static final Action LIST_MEMBERS = Action.of(PREFIX, "ListMembers");

  /** {@code securityhub:ListOrganizationAdminAccounts}: List; on hub. */
  public static final Action LIST_ORGANIZATION_ADMIN_ACCOUNTS = Action.of(PREFIX, "ListOrganizationAdminAccounts");

  /** {@code securityhub:ListSecurityControlDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECURITY_CONTROL_DEFINITIONS = Action.of(PREFIX, "ListSecurityControlDefinitions");

  /** {@code securityhub:ListStandardsControlAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STANDARDS_CONTROL_ASSOCIATIONS = Action.of(PREFIX, "ListStandardsControlAssociations");

  /** {@code securityhub:ListTagsForResource}: Read; on automation-rule, configuration-policy, hub. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code securityhub:SendFindingEvents}: Read; on hub. */
  public static final Action SEND_FINDING_EVENTS = Action.of(PREFIX, "SendFindingEvents");

  /** {@code securityhub:SendInsightEvents}: Read; on hub. */
  public static final Action SEND_INSIGHT_EVENTS = Action.of(PREFIX, "SendInsightEvents");

  /** {@code securityhub:StartConfigurationPolicyAssociation}: Write; on hub. */
  public static final Action START_CONFIGURATION_POLICY_ASSOCIATION = Action.of(PREFIX, "StartConfigurationPolicyAssociation");

  /** {@code securityhub:StartConfigurationPolicyDisassociation}: Write; on hub. */
  public static final Action START_CONFIGURATION_POLICY_DISASSOCIATION = Action.of(PREFIX, "StartConfigurationPolicyDisassociation");

  /** {@code securityhub:TagResource}: Tagging; on aggregatorv2, automation-rule, automation-rulev2, configuration-policy, connectorv2, hub, hubv2. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code securityhub:UntagResource}: Tagging; on aggregatorv2, automation-rule, automation-rulev2, configuration-policy, connectorv2, hub, hubv2. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code securityhub:UpdateActionTarget}: Write; on hub. */
  public static final Action UPDATE_ACTION_TARGET = Action.of(PREFIX, "UpdateActionTarget");

  /** {@code securityhub:UpdateAggregatorV2}: Write; on aggregatorv2. */
  public static final Action UPDATE_AGGREGATOR_V2 = Action.of(PREFIX, "UpdateAggregatorV2");

  /** {@code securityhub:UpdateAutomationRuleV2}: Write; on automation-rulev2. */
  public static final Action UPDATE_AUTOMATION_RULE_V2 = Action.of(PREFIX, "UpdateAutomationRuleV2");

  /** {@code securityhub:UpdateConfigurationPolicy}: Write; on configuration-policy. */
  public static final Action UPDATE_CONFIGURATION_POLICY = Action.of(PREFIX, "UpdateConfigurationPolicy");

  /** {@code securityhub:UpdateConnectorV2}: Write; on connectorv2. */
  public static final Action UPDATE_CONNECTOR_V2 = Action.of(PREFIX, "UpdateConnectorV2");

  /** {@code securityhub:UpdateFindingAggregator}: Write; on finding-aggregator. */
  public static final Action UPDATE_FINDING_AGGREGATOR = Action.of(PREFIX, "UpdateFindingAggregator");

  /** {@code securityhub:UpdateFindings}: Write; on hub. */
  public static final Action UPDATE_FINDINGS = Action.of(PREFIX, "UpdateFindings");

  /** {@code securityhub:UpdateInsight}: Write; on hub. */
  public static final Action UPDATE_INSIGHT = Action.of(PREFIX, "UpdateInsight");

  /** {@code securityhub:UpdateOrganizationConfiguration}: Write; on hub. */
  public static final Action UPDATE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "UpdateOrganizationConfiguration");

  /** {@code securityhub:UpdateSecurityControl}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SECURITY_CONTROL = Action.of(PREFIX, "UpdateSecurityControl");

  /** {@code securityhub:UpdateSecurityHubConfiguration}: Write; on hub. */
  public static final Action UPDATE_SECURITY_HUB_CONFIGURATION = Action.of(PREFIX, "UpdateSecurityHubConfiguration");

  /** {@code securityhub:UpdateStandardsControl}: Write; on hub. */
  public static final Action UPDATE_STANDARDS_CONTROL = Action.of(PREFIX, "UpdateStandardsControl");

  private Securityhub() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
