// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon GuardDuty (prefix {@code guardduty}), as the service authorization reference lists them.
 */
public final class Guardduty {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "guardduty";

  /** {@code guardduty:AcceptAdministratorInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_ADMINISTRATOR_INVITATION = Action.of(PREFIX, "AcceptAdministratorInvitation");

  /** {@code guardduty:AcceptInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_INVITATION = Action.of(PREFIX, "AcceptInvitation");

  /** {@code guardduty:ArchiveFindings}: Write; on no resource type (give {@code *}). */
  public static final Action ARCHIVE_FINDINGS = Action.of(PREFIX, "ArchiveFindings");

  /** {@code guardduty:CreateDetector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DETECTOR = Action.of(PREFIX, "CreateDetector");

  /** {@code guardduty:CreateFilter}: Write; on filter. */
  public static final Action CREATE_FILTER = Action.of(PREFIX, "CreateFilter");

  /** {@code guardduty:CreateIPSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IP_SET = Action.of(PREFIX, "CreateIPSet");

  /** {@code guardduty:CreateMalwareProtectionPlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MALWARE_PROTECTION_PLAN = Action.of(PREFIX, "CreateMalwareProtectionPlan");

  /** {@code guardduty:CreateMembers}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEMBERS = Action.of(PREFIX, "CreateMembers");

  /** {@code guardduty:CreatePublishingDestination}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PUBLISHING_DESTINATION = Action.of(PREFIX, "CreatePublishingDestination");

  /** {@code guardduty:CreateSampleFindings}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SAMPLE_FINDINGS = Action.of(PREFIX, "CreateSampleFindings");

  /** {@code guardduty:CreateThreatEntitySet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_THREAT_ENTITY_SET = Action.of(PREFIX, "CreateThreatEntitySet");

  /** {@code guardduty:CreateThreatIntelSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_THREAT_INTEL_SET = Action.of(PREFIX, "CreateThreatIntelSet");

  /** {@code guardduty:CreateTrustedEntitySet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRUSTED_ENTITY_SET = Action.of(PREFIX, "CreateTrustedEntitySet");

  /** {@code guardduty:DeclineInvitations}: Write; on no resource type (give {@code *}). */
  public static final Action DECLINE_INVITATIONS = Action.of(PREFIX, "DeclineInvitations");

  /** {@code guardduty:DeleteDetector}: Write; on detector. */
  public static final Action DELETE_DETECTOR = Action.of(PREFIX, "DeleteDetector");

  /** {@code guardduty:DeleteFilter}: Write; on filter. */
  public static final Action DELETE_FILTER = Action.of(PREFIX, "DeleteFilter");

  /** {@code guardduty:DeleteIPSet}: Write; on ipset. */
  public static final Action DELETE_IP_SET = Action.of(PREFIX, "DeleteIPSet");

  /** {@code guardduty:DeleteInvitations}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INVITATIONS = Action.of(PREFIX, "DeleteInvitations");

  /** {@code guardduty:DeleteMalwareProtectionPlan}: Write; on malwareprotectionplan. */
  public static final Action DELETE_MALWARE_PROTECTION_PLAN = Action.of(PREFIX, "DeleteMalwareProtectionPlan");

  /** {@code guardduty:DeleteMembers}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MEMBERS = Action.of(PREFIX, "DeleteMembers");

  /** {@code guardduty:DeletePublishingDestination}: Write; on publishingDestination. */
  public static final Action DELETE_PUBLISHING_DESTINATION = Action.of(PREFIX, "DeletePublishingDestination");

  /** {@code guardduty:DeleteThreatEntitySet}: Write; on threatentityset. */
  public static final Action DELETE_THREAT_ENTITY_SET = Action.of(PREFIX, "DeleteThreatEntitySet");

  /** {@code guardduty:DeleteThreatIntelSet}: Write; on threatintelset. */
  public static final Action DELETE_THREAT_INTEL_SET = Action.of(PREFIX, "DeleteThreatIntelSet");

  /** {@code guardduty:DeleteTrustedEntitySet}: Write; on trustedentityset. */
  public static final Action DELETE_TRUSTED_ENTITY_SET = Action.of(PREFIX, "DeleteTrustedEntitySet");

  /** {@code guardduty:DescribeMalwareScans}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MALWARE_SCANS = Action.of(PREFIX, "DescribeMalwareScans");

  /** {@code guardduty:DescribeOrganizationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "DescribeOrganizationConfiguration");

  /** {@code guardduty:DescribePublishingDestination}: Read; on publishingDestination. */
  public static final Action DESCRIBE_PUBLISHING_DESTINATION = Action.of(PREFIX, "DescribePublishingDestination");

  /** {@code guardduty:DisableOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "DisableOrganizationAdminAccount");

  /** {@code guardduty:DisassociateFromAdministratorAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_FROM_ADMINISTRATOR_ACCOUNT = Action.of(PREFIX, "DisassociateFromAdministratorAccount");

  /** {@code guardduty:DisassociateFromMasterAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_FROM_MASTER_ACCOUNT = Action.of(PREFIX, "DisassociateFromMasterAccount");

  /** {@code guardduty:DisassociateMembers}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_MEMBERS = Action.of(PREFIX, "DisassociateMembers");

  /** {@code guardduty:EnableOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "EnableOrganizationAdminAccount");

  /** {@code guardduty:GetAdministratorAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ADMINISTRATOR_ACCOUNT = Action.of(PREFIX, "GetAdministratorAccount");

  /** {@code guardduty:GetCoverageStatistics}: Read; on detector. */
  public static final Action GET_COVERAGE_STATISTICS = Action.of(PREFIX, "GetCoverageStatistics");

  /** {@code guardduty:GetDetector}: Read; on detector. */
  public static final Action GET_DETECTOR = Action.of(PREFIX, "GetDetector");

  /** {@code guardduty:GetFilter}: Read; on filter. */
  public static final Action GET_FILTER = Action.of(PREFIX, "GetFilter");

  /** {@code guardduty:GetFindings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDINGS = Action.of(PREFIX, "GetFindings");

  /** {@code guardduty:GetFindingsStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDINGS_STATISTICS = Action.of(PREFIX, "GetFindingsStatistics");

  /** {@code guardduty:GetIPSet}: Read; on ipset. */
  public static final Action GET_IP_SET = Action.of(PREFIX, "GetIPSet");

  /** {@code guardduty:GetInvitationsCount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVITATIONS_COUNT = Action.of(PREFIX, "GetInvitationsCount");

  /** {@code guardduty:GetMalwareProtectionPlan}: Read; on malwareprotectionplan. */
  public static final Action GET_MALWARE_PROTECTION_PLAN = Action.of(PREFIX, "GetMalwareProtectionPlan");

  /** {@code guardduty:GetMalwareScan}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MALWARE_SCAN = Action.of(PREFIX, "GetMalwareScan");

  /** {@code guardduty:GetMalwareScanSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MALWARE_SCAN_SETTINGS = Action.of(PREFIX, "GetMalwareScanSettings");

  /** {@code guardduty:GetMasterAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MASTER_ACCOUNT = Action.of(PREFIX, "GetMasterAccount");

  /** {@code guardduty:GetMemberDetectors}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MEMBER_DETECTORS = Action.of(PREFIX, "GetMemberDetectors");

  /** {@code guardduty:GetMembers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MEMBERS = Action.of(PREFIX, "GetMembers");

  /** {@code guardduty:GetOrganizationStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ORGANIZATION_STATISTICS = Action.of(PREFIX, "GetOrganizationStatistics");

  /** {@code guardduty:GetRemainingFreeTrialDays}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REMAINING_FREE_TRIAL_DAYS = Action.of(PREFIX, "GetRemainingFreeTrialDays");

  /** {@code guardduty:GetThreatEntitySet}: Read; on threatentityset. */
  public static final Action GET_THREAT_ENTITY_SET = Action.of(PREFIX, "GetThreatEntitySet");

  /** {@code guardduty:GetThreatIntelSet}: Read; on threatintelset. */
  public static final Action GET_THREAT_INTEL_SET = Action.of(PREFIX, "GetThreatIntelSet");

  /** {@code guardduty:GetTrustedEntitySet}: Read; on trustedentityset. */
  public static final Action GET_TRUSTED_ENTITY_SET = Action.of(PREFIX, "GetTrustedEntitySet");

  /** {@code guardduty:GetUsageStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USAGE_STATISTICS = Action.of(PREFIX, "GetUsageStatistics");

  /** {@code guardduty:InviteMembers}: Write; on no resource type (give {@code *}). */
  public static final Action INVITE_MEMBERS = Action.of(PREFIX, "InviteMembers");

  /** {@code guardduty:ListCoverage}: List; on detector. */
  public static final Action LIST_COVERAGE = Action.of(PREFIX, "ListCoverage");

  /** {@code guardduty:ListDetectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DETECTORS = Action.of(PREFIX, "ListDetectors");

  /** {@code guardduty:ListFilters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FILTERS = Action.of(PREFIX, "ListFilters");

  /** {@code guardduty:ListFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code guardduty:ListIPSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IP_SETS = Action.of(PREFIX, "ListIPSets");

  /** {@code guardduty:ListInvitations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVITATIONS = Action.of(PREFIX, "ListInvitations");

  /** {@code guardduty:ListMalwareProtectionPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MALWARE_PROTECTION_PLANS = Action.of(PREFIX, "ListMalwareProtectionPlans");

  /** {@code guardduty:ListMalwareScans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MALWARE_SCANS = Action.of(PREFIX, "ListMalwareScans");

  /** {@code guardduty:ListMembers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEMBERS = Action.of(PREFIX, "ListMembers");

  /** {@code guardduty:ListOrganizationAdminAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_ADMIN_ACCOUNTS = Action.of(PREFIX, "ListOrganizationAdminAccounts");

  /** {@code guardduty:ListPublishingDestinations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PUBLISHING_DESTINATIONS = Action.of(PREFIX, "ListPublishingDestinations");

  /** {@code guardduty:ListTagsForResource}: Read; on detector, filter, ipset, malwareprotectionplan, publishingDestination, threatentityset, threatintelset, trustedentityset. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code guardduty:ListThreatEntitySets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THREAT_ENTITY_SETS = Action.of(PREFIX, "ListThreatEntitySets");

  /** {@code guardduty:ListThreatIntelSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THREAT_INTEL_SETS = Action.of(PREFIX, "ListThreatIntelSets");

  /** {@code guardduty:ListTrustedEntitySets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRUSTED_ENTITY_SETS = Action.of(PREFIX, "ListTrustedEntitySets");

  /** {@code guardduty:SendObjectMalwareScan}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_OBJECT_MALWARE_SCAN = Action.of(PREFIX, "SendObjectMalwareScan");

  /** {@code guardduty:SendSecurityTelemetry}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_SECURITY_TELEMETRY = Action.of(PREFIX, "SendSecurityTelemetry");

  /** {@code guardduty:StartMalwareScan}: Write; on no resource type (give {@code *}). */
  public static final Action START_MALWARE_SCAN = Action.of(PREFIX, "StartMalwareScan");

  /** {@code guardduty:StartMonitoringMembers}: Write; on no resource type (give {@code *}). */
  public static final Action START_MONITORING_MEMBERS = Action.of(PREFIX, "StartMonitoringMembers");

  /** {@code guardduty:StopMonitoringMembers}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_MONITORING_MEMBERS = Action.of(PREFIX, "StopMonitoringMembers");

  /** {@code guardduty:TagResource}: Tagging; on detector, filter, ipset, malwareprotectionplan, publishingDestination, threatentityset, threatintelset, trustedentityset. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code guardduty:UnarchiveFindings}: Write; on no resource type (give {@code *}). */
  public static final Action UNARCHIVE_FINDINGS = Action.of(PREFIX, "UnarchiveFindings");

  /** {@code guardduty:UntagResource}: Tagging; on detector, filter, ipset, malwareprotectionplan, publishingDestination, threatentityset, threatintelset, trustedentityset. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code guardduty:UpdateDetector}: Write; on detector. */
  public static final Action UPDATE_DETECTOR = Action.of(PREFIX, "UpdateDetector");

  /** {@code guardduty:UpdateFilter}: Write; on filter. */
  public static final Action UPDATE_FILTER = Action.of(PREFIX, "UpdateFilter");

  /** {@code guardduty:UpdateFindingsFeedback}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FINDINGS_FEEDBACK = Action.of(PREFIX, "UpdateFindingsFeedback");

  /** {@code guardduty:UpdateIPSet}: Write; on ipset. */
  public static final Action UPDATE_IP_SET = Action.of(PREFIX, "UpdateIPSet");

  /** {@code guardduty:UpdateMalwareProtectionPlan}: Write; on malwareprotectionplan. */
  public static final Action UPDATE_MALWARE_PROTECTION_PLAN = Action.of(PREFIX, "UpdateMalwareProtectionPlan");

  /** {@code guardduty:UpdateMalwareScanSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_MALWARE_SCAN_SETTINGS = Action.of(PREFIX, "UpdateMalwareScanSettings");

  /** {@code guardduty:UpdateMemberDetectors}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_MEMBER_DETECTORS = Action.of(PREFIX, "UpdateMemberDetectors");

  /** {@code guardduty:UpdateOrganizationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "UpdateOrganizationConfiguration");

  /** {@code guardduty:UpdatePublishingDestination}: Write; on publishingDestination. */
  public static final Action UPDATE_PUBLISHING_DESTINATION = Action.of(PREFIX, "UpdatePublishingDestination");

  /** {@code guardduty:UpdateThreatEntitySet}: Write; on threatentityset. */
  public static final Action UPDATE_THREAT_ENTITY_SET = Action.of(PREFIX, "UpdateThreatEntitySet");

  /** {@code guardduty:UpdateThreatIntelSet}: Write; on threatintelset. */
  public static final Action UPDATE_THREAT_INTEL_SET = Action.of(PREFIX, "UpdateThreatIntelSet");

  /** {@code guardduty:UpdateTrustedEntitySet}: Write; on trustedentityset. */
  public static final Action UPDATE_TRUSTED_ENTITY_SET = Action.of(PREFIX, "UpdateTrustedEntitySet");

  private Guardduty() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
