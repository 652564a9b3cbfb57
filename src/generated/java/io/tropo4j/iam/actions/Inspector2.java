// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Inspector2 (prefix {@code inspector2}), as the service authorization reference lists them.
 */
public final class Inspector2 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "inspector2";

  /** {@code inspector2:AssociateMember}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_MEMBER = Action.of(PREFIX, "AssociateMember");

  /** {@code inspector2:BatchAssociateCodeSecurityScanConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_ASSOCIATE_CODE_SECURITY_SCAN_CONFIGURATION = Action.of(PREFIX, "BatchAssociateCodeSecurityScanConfiguration");

  /** {@code inspector2:BatchDisassociateCodeSecurityScanConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DISASSOCIATE_CODE_SECURITY_SCAN_CONFIGURATION = Action.of(PREFIX, "BatchDisassociateCodeSecurityScanConfiguration");

  /** {@code inspector2:BatchGetAccountStatus}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_ACCOUNT_STATUS = Action.of(PREFIX, "BatchGetAccountStatus");

  /** {@code inspector2:BatchGetCodeSnippet}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_CODE_SNIPPET = Action.of(PREFIX, "BatchGetCodeSnippet");

  /** {@code inspector2:BatchGetFindingDetails}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_FINDING_DETAILS = Action.of(PREFIX, "BatchGetFindingDetails");

  /** {@code inspector2:BatchGetFreeTrialInfo}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_FREE_TRIAL_INFO = Action.of(PREFIX, "BatchGetFreeTrialInfo");

  /** {@code inspector2:BatchGetMemberEc2DeepInspectionStatus}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_MEMBER_EC2_DEEP_INSPECTION_STATUS = Action.of(PREFIX, "BatchGetMemberEc2DeepInspectionStatus");

  /** {@code inspector2:BatchUpdateMemberEc2DeepInspectionStatus}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_MEMBER_EC2_DEEP_INSPECTION_STATUS = Action.of(PREFIX, "BatchUpdateMemberEc2DeepInspectionStatus");

  /** {@code inspector2:CancelFindingsReport}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_FINDINGS_REPORT = Action.of(PREFIX, "CancelFindingsReport");

  /** {@code inspector2:CancelSbomExport}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_SBOM_EXPORT = Action.of(PREFIX, "CancelSbomExport");

  /** {@code inspector2:CreateCisScanConfiguration}: Write; on CIS Scan Configuration. */
  public static final Action CREATE_CIS_SCAN_CONFIGURATION = Action.of(PREFIX, "CreateCisScanConfiguration");

  /** {@code inspector2:CreateCodeSecurityIntegration}: Write; on Code Security Integration. */
  public static final Action CREATE_CODE_SECURITY_INTEGRATION = Action.of(PREFIX, "CreateCodeSecurityIntegration");

  /** {@code inspector2:CreateCodeSecurityScanConfiguration}: Write; on Code Security Scan Configuration. */
  public static final Action CREATE_CODE_SECURITY_SCAN_CONFIGURATION = Action.of(PREFIX, "CreateCodeSecurityScanConfiguration");

  /** {@code inspector2:CreateFilter}: Write; on Filter. */
  public static final Action CREATE_FILTER = Action.of(PREFIX, "CreateFilter");

  /** {@code inspector2:CreateFindingsReport}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FINDINGS_REPORT = Action.of(PREFIX, "CreateFindingsReport");

  /** {@code inspector2:CreateSbomExport}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SBOM_EXPORT = Action.of(PREFIX, "CreateSbomExport");

  /** {@code inspector2:DeleteCisScanConfiguration}: Write; on CIS Scan Configuration. */
  public static final Action DELETE_CIS_SCAN_CONFIGURATION = Action.of(PREFIX, "DeleteCisScanConfiguration");

  /** {@code inspector2:DeleteCodeSecurityIntegration}: Write; on Code Security Integration. */
  public static final Action DELETE_CODE_SECURITY_INTEGRATION = Action.of(PREFIX, "DeleteCodeSecurityIntegration");

  /** {@code inspector2:DeleteCodeSecurityScanConfiguration}: Write; on Code Security Scan Configuration. */
  public static final Action DELETE_CODE_SECURITY_SCAN_CONFIGURATION = Action.of(PREFIX, "DeleteCodeSecurityScanConfiguration");

  /** {@code inspector2:DeleteFilter}: Write; on Filter. */
  public static final Action DELETE_FILTER = Action.of(PREFIX, "DeleteFilter");

  /** {@code inspector2:DescribeOrganizationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "DescribeOrganizationConfiguration");

  /** {@code inspector2:Disable}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE = Action.of(PREFIX, "Disable");

  /** {@code inspector2:DisableDelegatedAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_DELEGATED_ADMIN_ACCOUNT = Action.of(PREFIX, "DisableDelegatedAdminAccount");

  /** {@code inspector2:DisassociateMember}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_MEMBER = Action.of(PREFIX, "DisassociateMember");

  /** {@code inspector2:Enable}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE = Action.of(PREFIX, "Enable");

  /** {@code inspector2:EnableDelegatedAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_DELEGATED_ADMIN_ACCOUNT = Action.of(PREFIX, "EnableDelegatedAdminAccount");

  /** {@code inspector2:GetCisScanReport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CIS_SCAN_REPORT = Action.of(PREFIX, "GetCisScanReport");

  /** {@code inspector2:GetCisScanResultDetails}: List; on no resource type (give {@code *}). */
  public static final Action GET_CIS_SCAN_RESULT_DETAILS = Action.of(PREFIX, "GetCisScanResultDetails");

  /** {@code inspector2:GetClustersForImage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLUSTERS_FOR_IMAGE = Action.of(PREFIX, "GetClustersForImage");

  /** {@code inspector2:GetCodeSecurityIntegration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CODE_SECURITY_INTEGRATION = Action.of(PREFIX, "GetCodeSecurityIntegration");

  /** {@code inspector2:GetCodeSecurityScan}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CODE_SECURITY_SCAN = Action.of(PREFIX, "GetCodeSecurityScan");

  /** {@code inspector2:GetCodeSecurityScanConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CODE_SECURITY_SCAN_CONFIGURATION = Action.of(PREFIX, "GetCodeSecurityScanConfiguration");

  /** {@code inspector2:GetConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONFIGURATION = Action.of(PREFIX, "GetConfiguration");

  /** {@code inspector2:GetDelegatedAdminAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DELEGATED_ADMIN_ACCOUNT = Action.of(PREFIX, "GetDelegatedAdminAccount");

  /** {@code inspector2:GetEc2DeepInspectionConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EC2_DEEP_INSPECTION_CONFIGURATION = Action.of(PREFIX, "GetEc2DeepInspectionConfiguration");

  /** {@code inspector2:GetEncryptionKey}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENCRYPTION_KEY = Action.of(PREFIX, "GetEncryptionKey");

  /** {@code inspector2:GetFindingsReportStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDINGS_REPORT_STATUS = Action.of(PREFIX, "GetFindingsReportStatus");

  /** {@code inspector2:GetMember}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MEMBER = Action.of(PREFIX, "GetMember");

  /** {@code inspector2:GetSbomExport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SBOM_EXPORT = Action.of(PREFIX, "GetSbomExport");

  /** {@code inspector2:ListAccountPermissions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_PERMISSIONS = Action.of(PREFIX, "ListAccountPermissions");

  /** {@code inspector2:ListCisScanConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CIS_SCAN_CONFIGURATIONS = Action.of(PREFIX, "ListCisScanConfigurations");

  /** {@code inspector2:ListCisScanResultsAggregatedByChecks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CIS_SCAN_RESULTS_AGGREGATED_BY_CHECKS = Action.of(PREFIX, "ListCisScanResultsAggregatedByChecks");

  /** {@code inspector2:ListCisScanResultsAggregatedByTargetResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CIS_SCAN_RESULTS_AGGREGATED_BY_TARGET_RESOURCE = Action.of(PREFIX, "ListCisScanResultsAggregatedByTargetResource");

  /** {@code inspector2:ListCisScans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CIS_SCANS = Action.of(PREFIX, "ListCisScans");

  /** {@code inspector2:ListCodeSecurityIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODE_SECURITY_INTEGRATIONS = Action.of(PREFIX, "ListCodeSecurityIntegrations");

  /** {@code inspector2:ListCodeSecurityScanConfigurationAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODE_SECURITY_SCAN_CONFIGURATION_ASSOCIATIONS = Action.of(PREFIX, "ListCodeSecurityScanConfigurationAssociations");

  /** {@code inspector2:ListCodeSecurityScanConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODE_SECURITY_SCAN_CONFIGURATIONS = Action.of(PREFIX, "ListCodeSecurityScanConfigurations");

  /** {@code inspector2:ListCoverage}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COVERAGE = Action.of(PREFIX, "ListCoverage");

  /** {@code inspector2:ListCoverageStatistics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COVERAGE_STATISTICS = Action.of(PREFIX, "ListCoverageStatistics");

  /** {@code inspector2:ListDelegatedAdminAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DELEGATED_ADMIN_ACCOUNTS = Action.of(PREFIX, "ListDelegatedAdminAccounts");

  /** {@code inspector2:ListFilters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FILTERS = Action.of(PREFIX, "ListFilters");

  /** {@code inspector2:ListFindingAggregations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDING_AGGREGATIONS = Action.of(PREFIX, "ListFindingAggregations");

  /** {@code inspector2:ListFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code inspector2:ListMembers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEMBERS = Action.of(PREFIX, "ListMembers");

  /** {@code inspector2:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code inspector2:ListUsageTotals}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USAGE_TOTALS = Action.of(PREFIX, "ListUsageTotals");

  /** {@code inspector2:ResetEncryptionKey}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_ENCRYPTION_KEY = Action.of(PREFIX, "ResetEncryptionKey");

  /** {@code inspector2:SearchVulnerabilities}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_VULNERABILITIES = Action.of(PREFIX, "SearchVulnerabilities");

  /** {@code inspector2:SendCisSessionHealth}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CIS_SESSION_HEALTH = Action.of(PREFIX, "SendCisSessionHealth");

  /** {@code inspector2:SendCisSessionTelemetry}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CIS_SESSION_TELEMETRY = Action.of(PREFIX, "SendCisSessionTelemetry");

  /** {@code inspector2:StartCisSession}: Write; on no resource type (give {@code *}). */
  public static final Action START_CIS_SESSION = Action.of(PREFIX, "StartCisSession");

  /** {@code inspector2:StartCodeSecurityScan}: Write; on no resource type (give {@code *}). */
  public static final Action START_CODE_SECURITY_SCAN = Action.of(PREFIX, "StartCodeSecurityScan");

  /** {@code inspector2:StopCisSession}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_CIS_SESSION = Action.of(PREFIX, "StopCisSession");

  /** {@code inspector2:TagResource}: Tagging; on CIS Scan Configuration, Code Security Integration, Code Security Scan Configuration, Filter. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code inspector2:UntagResource}: Tagging; on CIS Scan Configuration, Code Security Integration, Code Security Scan Configuration, Filter. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code inspector2:UpdateCisScanConfiguration}: Write; on CIS Scan Configuration. */
  public static final Action UPDATE_CIS_SCAN_CONFIGURATION = Action.of(PREFIX, "UpdateCisScanConfiguration");

  /** {@code inspector2:UpdateCodeSecurityIntegration}: Write; on Code Security Integration. */
  public static final Action UPDATE_CODE_SECURITY_INTEGRATION = Action.of(PREFIX, "UpdateCodeSecurityIntegration");

  /** {@code inspector2:UpdateCodeSecurityScanConfiguration}: Write; on Code Security Scan Configuration. */
  public static final Action UPDATE_CODE_SECURITY_SCAN_CONFIGURATION = Action.of(PREFIX, "UpdateCodeSecurityScanConfiguration");

  /** {@code inspector2:UpdateConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONFIGURATION = Action.of(PREFIX, "UpdateConfiguration");

  /** {@code inspector2:UpdateEc2DeepInspectionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EC2_DEEP_INSPECTION_CONFIGURATION = Action.of(PREFIX, "UpdateEc2DeepInspectionConfiguration");

  /** {@code inspector2:UpdateEncryptionKey}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENCRYPTION_KEY = Action.of(PREFIX, "UpdateEncryptionKey");

  /** {@code inspector2:UpdateFilter}: Write; on Filter. */
  public static final Action UPDATE_FILTER = Action.of(PREFIX, "UpdateFilter");

  /** {@code inspector2:UpdateOrgEc2DeepInspectionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ORG_EC2_DEEP_INSPECTION_CONFIGURATION = Action.of(PREFIX, "UpdateOrgEc2DeepInspectionConfiguration");

  /** {@code inspector2:UpdateOrganizationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "UpdateOrganizationConfiguration");

  private Inspector2() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
