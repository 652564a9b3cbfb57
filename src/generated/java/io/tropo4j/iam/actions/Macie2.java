// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Macie (prefix {@code macie2}), as the service authorization reference lists them.
 */
public final class Macie2 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "macie2";

  /** {@code macie2:AcceptInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_INVITATION = Action.of(PREFIX, "AcceptInvitation");

  /** {@code macie2:BatchGetCustomDataIdentifiers}: Read; on CustomDataIdentifier. */
  public static final Action BATCH_GET_CUSTOM_DATA_IDENTIFIERS = Action.of(PREFIX, "BatchGetCustomDataIdentifiers");

  /** {@code macie2:BatchUpdateAutomatedDiscoveryAccounts}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_AUTOMATED_DISCOVERY_ACCOUNTS = Action.of(PREFIX, "BatchUpdateAutomatedDiscoveryAccounts");

  /** {@code macie2:CreateAllowList}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ALLOW_LIST = Action.of(PREFIX, "CreateAllowList");

  /** {@code macie2:CreateClassificationJob}: Write; on ClassificationJob. */
  public static final Action CREATE_CLASSIFICATION_JOB = Action.of(PREFIX, "CreateClassificationJob");

  /** {@code macie2:CreateCustomDataIdentifier}: Write; on CustomDataIdentifier. */
  public static final Action CREATE_CUSTOM_DATA_IDENTIFIER = Action.of(PREFIX, "CreateCustomDataIdentifier");

  /** {@code macie2:CreateFindingsFilter}: Write; on FindingsFilter. */
  public static final Action CREATE_FINDINGS_FILTER = Action.of(PREFIX, "CreateFindingsFilter");

  /** {@code macie2:CreateInvitations}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INVITATIONS = Action.of(PREFIX, "CreateInvitations");

  /** {@code macie2:CreateMember}: Write; on Member. */
  public static final Action CREATE_MEMBER = Action.of(PREFIX, "CreateMember");

  /** {@code macie2:CreateSampleFindings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SAMPLE_FINDINGS = Action.of(PREFIX, "CreateSampleFindings");

  /** {@code macie2:DeclineInvitations}: Write; on no resource type (give {@code *}). */
  public static final Action DECLINE_INVITATIONS = Action.of(PREFIX, "DeclineInvitations");

  /** {@code macie2:DeleteAllowList}: Write; on AllowList. */
  public static final Action DELETE_ALLOW_LIST = Action.of(PREFIX, "DeleteAllowList");

  /** {@code macie2:DeleteCustomDataIdentifier}: Write; on CustomDataIdentifier. */
  public static final Action DELETE_CUSTOM_DATA_IDENTIFIER = Action.of(PREFIX, "DeleteCustomDataIdentifier");

  /** {@code macie2:DeleteFindingsFilter}: Write; on FindingsFilter. */
  public static final Action DELETE_FINDINGS_FILTER = Action.of(PREFIX, "DeleteFindingsFilter");

  /** {@code macie2:DeleteInvitations}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INVITATIONS = Action.of(PREFIX, "DeleteInvitations");

  /** {@code macie2:DeleteMember}: Write; on Member. */
  public static final Action DELETE_MEMBER = Action.of(PREFIX, "DeleteMember");

  /** {@code macie2:DescribeBuckets}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BUCKETS = Action.of(PREFIX, "DescribeBuckets");

  /** {@code macie2:DescribeClassificationJob}: Read; on ClassificationJob. */
  public static final Action DESCRIBE_CLASSIFICATION_JOB = Action.of(PREFIX, "DescribeClassificationJob");

  /** {@code macie2:DescribeOrganizationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "DescribeOrganizationConfiguration");

  /** {@code macie2:DisableMacie}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_MACIE = Action.of(PREFIX, "DisableMacie");

  /** {@code macie2:DisableOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "DisableOrganizationAdminAccount");

  /** {@code macie2:DisassociateFromAdministratorAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_FROM_ADMINISTRATOR_ACCOUNT = Action.of(PREFIX, "DisassociateFromAdministratorAccount");

  /** {@code macie2:DisassociateFromMasterAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_FROM_MASTER_ACCOUNT = Action.of(PREFIX, "DisassociateFromMasterAccount");

  /** {@code macie2:DisassociateMember}: Write; on Member. */
  public static final Action DISASSOCIATE_MEMBER = Action.of(PREFIX, "DisassociateMember");

  /** {@code macie2:EnableMacie}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_MACIE = Action.of(PREFIX, "EnableMacie");

  /** {@code macie2:EnableOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "EnableOrganizationAdminAccount");

  /** {@code macie2:GetAdministratorAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ADMINISTRATOR_ACCOUNT = Action.of(PREFIX, "GetAdministratorAccount");

  /** {@code macie2:GetAllowList}: Read; on AllowList. */
  public static final Action GET_ALLOW_LIST = Action.of(PREFIX, "GetAllowList");

  /** {@code macie2:GetAutomatedDiscoveryConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTOMATED_DISCOVERY_CONFIGURATION = Action.of(PREFIX, "GetAutomatedDiscoveryConfiguration");

  /** {@code macie2:GetBucketStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUCKET_STATISTICS = Action.of(PREFIX, "GetBucketStatistics");

  /** {@code macie2:GetClassificationExportConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLASSIFICATION_EXPORT_CONFIGURATION = Action.of(PREFIX, "GetClassificationExportConfiguration");

  /** {@code macie2:GetClassificationScope}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLASSIFICATION_SCOPE = Action.of(PREFIX, "GetClassificationScope");

  /** {@code macie2:GetCustomDataIdentifier}: Read; on CustomDataIdentifier. */
  public static final Action GET_CUSTOM_DATA_IDENTIFIER = Action.of(PREFIX, "GetCustomDataIdentifier");

  /** {@code macie2:GetFindingStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDING_STATISTICS = Action.of(PREFIX, "GetFindingStatistics");

  /** {@code macie2:GetFindings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDINGS = Action.of(PREFIX, "GetFindings");

  /** {@code macie2:GetFindingsFilter}: Read; on FindingsFilter. */
  public static final Action GET_FINDINGS_FILTER = Action.of(PREFIX, "GetFindingsFilter");

  /** {@code macie2:GetFindingsPublicationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDINGS_PUBLICATION_CONFIGURATION = Action.of(PREFIX, "GetFindingsPublicationConfiguration");

  /** {@code macie2:GetInvitationsCount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVITATIONS_COUNT = Action.of(PREFIX, "GetInvitationsCount");

  /** {@code macie2:GetMacieSession}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MACIE_SESSION = Action.of(PREFIX, "GetMacieSession");

  /** {@code macie2:GetMasterAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MASTER_ACCOUNT = Action.of(PREFIX, "GetMasterAccount");

  /** {@code macie2:GetMember}: Read; on Member. */
  public static final Action GET_MEMBER = Action.of(PREFIX, "GetMember");

  /** {@code macie2:GetResourceProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_PROFILE = Action.of(PREFIX, "GetResourceProfile");

  /** {@code macie2:GetRevealConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REVEAL_CONFIGURATION = Action.of(PREFIX, "GetRevealConfiguration");

  /** {@code macie2:GetSensitiveDataOccurrences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SENSITIVE_DATA_OCCURRENCES = Action.of(PREFIX, "GetSensitiveDataOccurrences");

  /** {@code macie2:GetSensitiveDataOccurrencesAvailability}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SENSITIVE_DATA_OCCURRENCES_AVAILABILITY = Action.of(PREFIX, "GetSensitiveDataOccurrencesAvailability");

  /** {@code macie2:GetSensitivityInspectionTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SENSITIVITY_INSPECTION_TEMPLATE = Action.of(PREFIX, "GetSensitivityInspectionTemplate");

  /** {@code macie2:GetUsageStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USAGE_STATISTICS = Action.of(PREFIX, "GetUsageStatistics");

  /** {@code macie2:GetUsageTotals}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USAGE_TOTALS = Action.of(PREFIX, "GetUsageTotals");

  /** {@code macie2:ListAllowLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALLOW_LISTS = Action.of(PREFIX, "ListAllowLists");

  /** {@code macie2:ListAutomatedDiscoveryAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTOMATED_DISCOVERY_ACCOUNTS = Action.of(PREFIX, "ListAutomatedDiscoveryAccounts");

  /** {@code macie2:ListClassificationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLASSIFICATION_JOBS = Action.of(PREFIX, "ListClassificationJobs");

  /** {@code macie2:ListClassificationScopes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLASSIFICATION_SCOPES = Action.of(PREFIX, "ListClassificationScopes");

  /** {@code macie2:ListCustomDataIdentifiers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_DATA_IDENTIFIERS = Action.of(PREFIX, "ListCustomDataIdentifiers");

  /** {@code macie2:ListFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code macie2:ListFindingsFilters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS_FILTERS = Action.of(PREFIX, "ListFindingsFilters");

  /** {@code macie2:ListInvitations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVITATIONS = Action.of(PREFIX, "ListInvitations");

  /** {@code macie2:ListManagedDataIdentifiers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_DATA_IDENTIFIERS = Action.of(PREFIX, "ListManagedDataIdentifiers");

  /** {@code macie2:ListMembers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEMBERS = Action.of(PREFIX, "ListMembers");

  /** {@code macie2:ListOrganizationAdminAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_ADMIN_ACCOUNTS = Action.of(PREFIX, "ListOrganizationAdminAccounts");

  /** {@code macie2:ListResourceProfileArtifacts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_PROFILE_ARTIFACTS = Action.of(PREFIX, "ListResourceProfileArtifacts");

  /** {@code macie2:ListResourceProfileDetections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_PROFILE_DETECTIONS = Action.of(PREFIX, "ListResourceProfileDetections");

  /** {@code macie2:ListSensitivityInspectionTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SENSITIVITY_INSPECTION_TEMPLATES = Action.of(PREFIX, "ListSensitivityInspectionTemplates");

  /** {@code macie2:ListTagsForResource}: Read; on AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code macie2:PutClassificationExportConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CLASSIFICATION_EXPORT_CONFIGURATION = Action.of(PREFIX, "PutClassificationExportConfiguration");

  /** {@code macie2:PutFindingsPublicationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_FINDINGS_PUBLICATION_CONFIGURATION = Action.of(PREFIX, "PutFindingsPublicationConfiguration");

  /** {@code macie2:SearchResources}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_RESOURCES = Action.of(PREFIX, "SearchResources");

  /** {@code macie2:TagResource}: Tagging; on AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code macie2:TestCustomDataIdentifier}: Write; on no resource type (give {@code *}). */
  public static final Action TEST_CUSTOM_DATA_IDENTIFIER = Action.of(PREFIX, "TestCustomDataIdentifier");

  /** {@code macie2:UntagResource}: Tagging; on AllowList, ClassificationJob, CustomDataIdentifier, FindingsFilter, Member. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code macie2:UpdateAllowList}: Write; on AllowList. */
  public static final Action UPDATE_ALLOW_LIST = Action.of(PREFIX, "UpdateAllowList");

  /** {@code macie2:UpdateAutomatedDiscoveryConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_AUTOMATED_DISCOVERY_CONFIGURATION = Action.of(PREFIX, "UpdateAutomatedDiscoveryConfiguration");

  /** {@code macie2:UpdateClassificationJob}: Write; on ClassificationJob. */
  public static final Action UPDATE_CLASSIFICATION_JOB = Action.of(PREFIX, "UpdateClassificationJob");

  /** {@code macie2:UpdateClassificationScope}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CLASSIFICATION_SCOPE = Action.of(PREFIX, "UpdateClassificationScope");

  /** {@code macie2:UpdateFindingsFilter}: Write; on FindingsFilter. */
  public static final Action UPDATE_FINDINGS_FILTER = Action.of(PREFIX, "UpdateFindingsFilter");

  /** {@code macie2:UpdateMacieSession}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_MACIE_SESSION = Action.of(PREFIX, "UpdateMacieSession");

  /** {@code macie2:UpdateMemberSession}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_MEMBER_SESSION = Action.of(PREFIX, "UpdateMemberSession");

  /** {@code macie2:UpdateOrganizationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "UpdateOrganizationConfiguration");

  /** {@code macie2:UpdateResourceProfile}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RESOURCE_PROFILE = Action.of(PREFIX, "UpdateResourceProfile");

  /** {@code macie2:UpdateResourceProfileDetections}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RESOURCE_PROFILE_DETECTIONS = Action.of(PREFIX, "UpdateResourceProfileDetections");

  /** {@code macie2:UpdateRevealConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_REVEAL_CONFIGURATION = Action.of(PREFIX, "UpdateRevealConfiguration");

  /** {@code macie2:UpdateSensitivityInspectionTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SENSITIVITY_INSPECTION_TEMPLATE = Action.of(PREFIX, "UpdateSensitivityInspectionTemplate");

  private Macie2() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
