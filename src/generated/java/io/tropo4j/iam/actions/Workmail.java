// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkMail (prefix {@code workmail}), as the service authorization reference lists them.
 */
public final class Workmail {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "workmail";

  /** {@code workmail:AllowVendedLogDeliveryForResource}: Write; on organization. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code workmail:AssociateDelegateToResource}: Write; on organization. */
  public static final Action ASSOCIATE_DELEGATE_TO_RESOURCE = Action.of(PREFIX, "AssociateDelegateToResource");

  /** {@code workmail:AssociateMemberToGroup}: Write; on organization. */
  public static final Action ASSOCIATE_MEMBER_TO_GROUP = Action.of(PREFIX, "AssociateMemberToGroup");

  /** {@code workmail:AssumeImpersonationRole}: Write; on organization. */
  public static final Action ASSUME_IMPERSONATION_ROLE = Action.of(PREFIX, "AssumeImpersonationRole");

  /** {@code workmail:CancelMailboxExportJob}: Write; on organization. */
  public static final Action CANCEL_MAILBOX_EXPORT_JOB = Action.of(PREFIX, "CancelMailboxExportJob");

  /** {@code workmail:CreateAlias}: Write; on organization. */
  public static final Action CREATE_ALIAS = Action.of(PREFIX, "CreateAlias");

  /** {@code workmail:CreateAvailabilityConfiguration}: Write; on organization. */
  public static final Action CREATE_AVAILABILITY_CONFIGURATION = Action.of(PREFIX, "CreateAvailabilityConfiguration");

  /** {@code workmail:CreateGroup}: Write; on organization. */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code workmail:CreateIdentityCenterApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "CreateIdentityCenterApplication");

  /** {@code workmail:CreateImpersonationRole}: Write; on organization. */
  public static final Action CREATE_IMPERSONATION_ROLE = Action.of(PREFIX, "CreateImpersonationRole");

  /** {@code workmail:CreateInboundMailFlowRule}: Write; on organization. */
  public static final Action CREATE_INBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "CreateInboundMailFlowRule");

  /** {@code workmail:CreateMailDomain}: Write; on organization. */
  public static final Action CREATE_MAIL_DOMAIN = Action.of(PREFIX, "CreateMailDomain");

  /** {@code workmail:CreateMobileDeviceAccessRule}: Write; on organization. */
  public static final Action CREATE_MOBILE_DEVICE_ACCESS_RULE = Action.of(PREFIX, "CreateMobileDeviceAccessRule");

  /** {@code workmail:CreateOrganization}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ORGANIZATION = Action.of(PREFIX, "CreateOrganization");

  /** {@code workmail:CreateOutboundMailFlowRule}: Write; on organization. */
  public static final Action CREATE_OUTBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "CreateOutboundMailFlowRule");

  /** {@code workmail:CreateResource}: Write; on organization. */
  public static final Action CREATE_RESOURCE = Action.of(PREFIX, "CreateResource");

  /** {@code workmail:CreateSmtpGateway}: Write; on organization. */
  public static final Action CREATE_SMTP_GATEWAY = Action.of(PREFIX, "CreateSmtpGateway");

  /** {@code workmail:CreateUser}: Write; on organization. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code workmail:DeleteAccessControlRule}: Write; on organization. */
  public static final Action DELETE_ACCESS_CONTROL_RULE = Action.of(PREFIX, "DeleteAccessControlRule");

  /** {@code workmail:DeleteAlias}: Write; on organization. */
  public static final Action DELETE_ALIAS = Action.of(PREFIX, "DeleteAlias");

  /** {@code workmail:DeleteAvailabilityConfiguration}: Write; on organization. */
  public static final Action DELETE_AVAILABILITY_CONFIGURATION = Action.of(PREFIX, "DeleteAvailabilityConfiguration");

  /** {@code workmail:DeleteEmailMonitoringConfiguration}: Write; on organization. */
  public static final Action DELETE_EMAIL_MONITORING_CONFIGURATION = Action.of(PREFIX, "DeleteEmailMonitoringConfiguration");

  /** {@code workmail:DeleteGroup}: Write; on organization. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code workmail:DeleteIdentityCenterApplication}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_IDENTITY_CENTER_APPLICATION = Action.of(PREFIX, "DeleteIdentityCenterApplication");

  /** {@code workmail:DeleteIdentityProviderConfiguration}: Write; on organization. */
  public static final Action DELETE_IDENTITY_PROVIDER_CONFIGURATION = Action.of(PREFIX, "DeleteIdentityProviderConfiguration");

  /** {@code workmail:DeleteImpersonationRole}: Write; on organization. */
  public static final Action DELETE_IMPERSONATION_ROLE = Action.of(PREFIX, "DeleteImpersonationRole");

  /** {@code workmail:DeleteInboundMailFlowRule}: Write; on organization. */
  public static final Action DELETE_INBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "DeleteInboundMailFlowRule");

  /** {@code workmail:DeleteMailDomain}: Write; on organization. */
  public static final Action DELETE_MAIL_DOMAIN = Action.of(PREFIX, "DeleteMailDomain");

  /** {@code workmail:DeleteMailboxPermissions}: Write; on organization. */
  public static final Action DELETE_MAILBOX_PERMISSIONS = Action.of(PREFIX, "DeleteMailboxPermissions");

  /** {@code workmail:DeleteMobileDevice}: Write; on organization. */
  public static final Action DELETE_MOBILE_DEVICE = Action.of(PREFIX, "DeleteMobileDevice");

  /** {@code workmail:DeleteMobileDeviceAccessOverride}: Write; on organization. */
  public static final Action DELETE_MOBILE_DEVICE_ACCESS_OVERRIDE = Action.of(PREFIX, "DeleteMobileDeviceAccessOverride");

  /** {@code workmail:DeleteMobileDeviceAccessRule}: Write; on organization. */
  public static final Action DELETE_MOBILE_DEVICE_ACCESS_RULE = Action.of(PREFIX, "DeleteMobileDeviceAccessRule");

  /** {@code workmail:DeleteOrganization}: Write; on organization. */
  public static final Action DELETE_ORGANIZATION = Action.of(PREFIX, "DeleteOrganization");

  /** {@code workmail:DeleteOutboundMailFlowRule}: Write; on organization. */
  public static final Action DELETE_OUTBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "DeleteOutboundMailFlowRule");

  /** {@code workmail:DeletePersonalAccessToken}: Write; on organization. */
  public static final Action DELETE_PERSONAL_ACCESS_TOKEN = Action.of(PREFIX, "DeletePersonalAccessToken");

  /** {@code workmail:DeleteResource}: Write; on organization. */
  public static final Action DELETE_RESOURCE = Action.of(PREFIX, "DeleteResource");

  /** {@code workmail:DeleteRetentionPolicy}: Write; on organization. */
  public static final Action DELETE_RETENTION_POLICY = Action.of(PREFIX, "DeleteRetentionPolicy");

  /** {@code workmail:DeleteSmtpGateway}: Write; on organization. */
  public static final Action DELETE_SMTP_GATEWAY = Action.of(PREFIX, "DeleteSmtpGateway");

  /** {@code workmail:DeleteUser}: Write; on organization. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code workmail:DeliverToMailbox}: Write; on organization. */
  public static final Action DELIVER_TO_MAILBOX = Action.of(PREFIX, "DeliverToMailbox");

  /** {@code workmail:DeregisterFromWorkMail}: Write; on organization. */
  public static final Action DEREGISTER_FROM_WORK_MAIL = Action.of(PREFIX, "DeregisterFromWorkMail");

  /** {@code workmail:DeregisterMailDomain}: Write; on organization. */
  public static final Action DEREGISTER_MAIL_DOMAIN = Action.of(PREFIX, "DeregisterMailDomain");

  /** {@code workmail:DescribeEmailMonitoringConfiguration}: Read; on organization. */
  public static final Action DESCRIBE_EMAIL_MONITORING_CONFIGURATION = Action.of(PREFIX, "DescribeEmailMonitoringConfiguration");

  /** {@code workmail:DescribeEntity}: Read; on organization. */
  public static final Action DESCRIBE_ENTITY = Action.of(PREFIX, "DescribeEntity");

  /** {@code workmail:DescribeGroup}: List; on organization. */
  public static final Action DESCRIBE_GROUP = Action.of(PREFIX, "DescribeGroup");

  /** {@code workmail:DescribeIdentityProviderConfiguration}: Read; on organization. */
  public static final Action DESCRIBE_IDENTITY_PROVIDER_CONFIGURATION = Action.of(PREFIX, "DescribeIdentityProviderConfiguration");

  /** {@code workmail:DescribeInboundDmarcSettings}: Read; on organization. */
  public static final Action DESCRIBE_INBOUND_DMARC_SETTINGS = Action.of(PREFIX, "DescribeInboundDmarcSettings");

  /** {@code workmail:DescribeInboundMailFlowRule}: Read; on organization. */
  public static final Action DESCRIBE_INBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "DescribeInboundMailFlowRule");

  /** {@code workmail:DescribeMailDomains}: List; on organization. */
  public static final Action DESCRIBE_MAIL_DOMAINS = Action.of(PREFIX, "DescribeMailDomains");

  /** {@code workmail:DescribeMailboxExportJob}: Read; on organization. */
  public static final Action DESCRIBE_MAILBOX_EXPORT_JOB = Action.of(PREFIX, "DescribeMailboxExportJob");

  /** {@code workmail:DescribeOrganization}: List; on organization. */
  public static final Action DESCRIBE_ORGANIZATION = Action.of(PREFIX, "DescribeOrganization");

  /** {@code workmail:DescribeOutboundMailFlowRule}: Read; on organization. */
  public static final Action DESCRIBE_OUTBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "DescribeOutboundMailFlowRule");

  /** {@code workmail:DescribeResource}: List; on organization. */
  public static final Action DESCRIBE_RESOURCE = Action.of(PREFIX, "DescribeResource");

  /** {@code workmail:DescribeSmtpGateway}: Read; on organization. */
  public static final Action DESCRIBE_SMTP_GATEWAY = Action.of(PREFIX, "DescribeSmtpGateway");

  /** {@code workmail:DescribeUser}: List; on organization. */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code workmail:DisassociateDelegateFromResource}: Write; on organization. */
  public static final Action DISASSOCIATE_DELEGATE_FROM_RESOURCE = Action.of(PREFIX, "DisassociateDelegateFromResource");

  /** {@code workmail:DisassociateMemberFromGroup}: Write; on organization. */
  public static final Action DISASSOCIATE_MEMBER_FROM_GROUP = Action.of(PREFIX, "DisassociateMemberFromGroup");

  /** {@code workmail:EnableMailDomain}: Write; on organization. */
  public static final Action ENABLE_MAIL_DOMAIN = Action.of(PREFIX, "EnableMailDomain");

  /** {@code workmail:GetAccessControlEffect}: Read; on organization. */
  public static final Action GET_ACCESS_CONTROL_EFFECT = Action.of(PREFIX, "GetAccessControlEffect");

  /** {@code workmail:GetDefaultRetentionPolicy}: Read; on organization. */
  public static final Action GET_DEFAULT_RETENTION_POLICY = Action.of(PREFIX, "GetDefaultRetentionPolicy");

  /** {@code workmail:GetImpersonationRole}: Read; on organization. */
  public static final Action GET_IMPERSONATION_ROLE = Action.of(PREFIX, "GetImpersonationRole");

  /** {@code workmail:GetImpersonationRoleEffect}: Read; on organization. */
  public static final Action GET_IMPERSONATION_ROLE_EFFECT = Action.of(PREFIX, "GetImpersonationRoleEffect");

  /** {@code workmail:GetJournalingRules}: Read; on organization. */
  public static final Action GET_JOURNALING_RULES = Action.of(PREFIX, "GetJournalingRules");

  /** {@code workmail:GetMailDomain}: Read; on organization. */
  public static final Action GET_MAIL_DOMAIN = Action.of(PREFIX, "GetMailDomain");

  /** {@code workmail:GetMailDomainDetails}: Read; on organization. */
  public static final Action GET_MAIL_DOMAIN_DETAILS = Action.of(PREFIX, "GetMailDomainDetails");

  /** {@code workmail:GetMailboxDetails}: Read; on organization. */
  public static final Action GET_MAILBOX_DETAILS = Action.of(PREFIX, "GetMailboxDetails");

  /** {@code workmail:GetMobileDeviceAccessEffect}: Read; on organization. */
  public static final Action GET_MOBILE_DEVICE_ACCESS_EFFECT = Action.of(PREFIX, "GetMobileDeviceAccessEffect");

  /** {@code workmail:GetMobileDeviceAccessOverride}: Read; on organization. */
  public static final Action GET_MOBILE_DEVICE_ACCESS_OVERRIDE = Action.of(PREFIX, "GetMobileDeviceAccessOverride");

  /** {@code workmail:GetMobileDeviceDetails}: Read; on organization. */
  public static final Action GET_MOBILE_DEVICE_DETAILS = Action.of(PREFIX, "GetMobileDeviceDetails");

  /** {@code workmail:GetMobileDevicesForUser}: Read; on organization. */
  public static final Action GET_MOBILE_DEVICES_FOR_USER = Action.of(PREFIX, "GetMobileDevicesForUser");

  /** {@code workmail:GetMobilePolicyDetails}: Read; on organization. */
  public static final Action GET_MOBILE_POLICY_DETAILS = Action.of(PREFIX, "GetMobilePolicyDetails");

  /** {@code workmail:GetPersonalAccessTokenMetadata}: Read; on organization. */
  public static final Action GET_PERSONAL_ACCESS_TOKEN_METADATA = Action.of(PREFIX, "GetPersonalAccessTokenMetadata");

  /** {@code workmail:ListAccessControlRules}: Read; on organization. */
  public static final Action LIST_ACCESS_CONTROL_RULES = Action.of(PREFIX, "ListAccessControlRules");

  /** {@code workmail:ListAliases}: List; on organization. */
  public static final Action LIST_ALIASES = Action.of(PREFIX, "ListAliases");

  /** {@code workmail:ListAvailabilityConfigurations}: Read; on organization. */
  public static final Action LIST_AVAILABILITY_CONFIGURATIONS = Action.of(PREFIX, "ListAvailabilityConfigurations");

  /** {@code workmail:ListGroupMembers}: List; on organization. */
  public static final Action LIST_GROUP_MEMBERS = Action.of(PREFIX, "ListGroupMembers");

  /** {@code workmail:ListGroups}: List; on organization. */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code workmail:ListGroupsForEntity}: List; on organization. */
  public static final Action LIST_GROUPS_FOR_ENTITY = Action.of(PREFIX, "ListGroupsForEntity");

  /** {@code workmail:ListImpersonationRoles}: List; on organization. */
  public static final Action LIST_IMPERSONATION_ROLES = Action.of(PREFIX, "ListImpersonationRoles");

  /** {@code workmail:ListInboundMailFlowRules}: List; on organization. */
  public static final Action LIST_INBOUND_MAIL_FLOW_RULES = Action.of(PREFIX, "ListInboundMailFlowRules");

  /** {@code workmail:ListMailDomains}: List; on organization. */
  public static final Action LIST_MAIL_DOMAINS = Action.of(PREFIX, "ListMailDomains");

  /** {@code workmail:ListMailboxExportJobs}: List; on organization. */
  public static final Action LIST_MAILBOX_EXPORT_JOBS = Action.of(PREFIX, "ListMailboxExportJobs");

  /** {@code workmail:ListMailboxPermissions}: List; on organization. */
  public static final Action LIST_MAILBOX_PERMISSIONS = Action.of(PREFIX, "ListMailboxPermissions");

  /** {@code workmail:ListMobileDeviceAccessOverrides}: Read; on organization. */
  public static final Action LIST_MOBILE_DEVICE_ACCESS_OVERRIDES = Action.of(PREFIX, "ListMobileDeviceAccessOverrides");

  /** {@code workmail:ListMobileDeviceAccessRules}: Read; on organization. */
  public static final Action LIST_MOBILE_DEVICE_ACCESS_RULES = Action.of(PREFIX, "ListMobileDeviceAccessRules");

  /** {@code workmail:ListOrganizations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATIONS = Action.of(PREFIX, "ListOrganizations");

  /** {@code workmail:ListOutboundMailFlowRules}: List; on organization. */
  public static final Action LIST_OUTBOUND_MAIL_FLOW_RULES = Action.of(PREFIX, "ListOutboundMailFlowRules");

  /** {@code workmail:ListPersonalAccessTokens}: List; on organization. */
  public static final Action LIST_PERSONAL_ACCESS_TOKENS = Action.of(PREFIX, "ListPersonalAccessTokens");

  /** {@code workmail:ListResourceDelegates}: List; on organization. */
  public static final Action LIST_RESOURCE_DELEGATES = Action.of(PREFIX, "ListResourceDelegates");

  /** {@code workmail:ListResources}: List; on organization. */
  public static final Action LIST_RESOURCES = Action.of(PREFIX, "ListResources");

  /** {@code workmail:ListSmtpGateways}: List; on organization. */
  public static final Action LIST_SMTP_GATEWAYS = Action.of(PREFIX, "ListSmtpGateways");

  /** {@code workmail:ListTagsForResource}: List; on organization. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code workmail:ListUsers}: List; on organization. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code workmail:PutAccessControlRule}: Write; on organization. */
  public static final Action PUT_ACCESS_CONTROL_RULE = Action.of(PREFIX, "PutAccessControlRule");

  /** {@code workmail:PutEmailMonitoringConfiguration}: Write; on organization. */
  public static final Action PUT_EMAIL_MONITORING_CONFIGURATION = Action.of(PREFIX, "PutEmailMonitoringConfiguration");

  /** {@code workmail:PutIdentityProviderConfiguration}: Write; on organization. */
  public static final Action PUT_IDENTITY_PROVIDER_CONFIGURATION = Action.of(PREFIX, "PutIdentityProviderConfiguration");

  /** {@code workmail:PutInboundDmarcSettings}: Write; on organization. */
  public static final Action PUT_INBOUND_DMARC_SETTINGS = Action.of(PREFIX, "PutInboundDmarcSettings");

  /** {@code workmail:PutMailboxPermissions}: Write; on organization. */
  public static final Action PUT_MAILBOX_PERMISSIONS = Action.of(PREFIX, "PutMailboxPermissions");

  /** {@code workmail:PutMobileDeviceAccessOverride}: Write; on organization. */
  public static final Action PUT_MOBILE_DEVICE_ACCESS_OVERRIDE = Action.of(PREFIX, "PutMobileDeviceAccessOverride");

  /** {@code workmail:PutRetentionPolicy}: Write; on organization. */
  public static final Action PUT_RETENTION_POLICY = Action.of(PREFIX, "PutRetentionPolicy");

  /** {@code workmail:RegisterMailDomain}: Write; on organization. */
  public static final Action REGISTER_MAIL_DOMAIN = Action.of(PREFIX, "RegisterMailDomain");

  /** {@code workmail:RegisterToWorkMail}: Write; on organization. */
  public static final Action REGISTER_TO_WORK_MAIL = Action.of(PREFIX, "RegisterToWorkMail");

  /** {@code workmail:ResetPassword}: Permissions management; on organization. */
  public static final Action RESET_PASSWORD = Action.of(PREFIX, "ResetPassword");

  /** {@code workmail:SearchMembers}: Read; on organization. */
  public static final Action SEARCH_MEMBERS = Action.of(PREFIX, "SearchMembers");

  /** {@code workmail:SetDefaultMailDomain}: Write; on organization. */
  public static final Action SET_DEFAULT_MAIL_DOMAIN = Action.of(PREFIX, "SetDefaultMailDomain");

  /** {@code workmail:SetJournalingRules}: Write; on organization. */
  public static final Action SET_JOURNALING_RULES = Action.of(PREFIX, "SetJournalingRules");

  /** {@code workmail:SetMobilePolicyDetails}: Write; on organization. */
  public static final Action SET_MOBILE_POLICY_DETAILS = Action.of(PREFIX, "SetMobilePolicyDetails");

  /** {@code workmail:StartMailboxExportJob}: Write; on organization. */
  public static final Action START_MAILBOX_EXPORT_JOB = Action.of(PREFIX, "StartMailboxExportJob");

  /** {@code workmail:TagResource}: Tagging; on organization. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code workmail:TestAvailabilityConfiguration}: Read; on organization. */
  public static final Action TEST_AVAILABILITY_CONFIGURATION = Action.of(PREFIX, "TestAvailabilityConfiguration");

  /** {@code workmail:TestInboundMailFlowRules}: Write; on organization. */
  public static final Action TEST_INBOUND_MAIL_FLOW_RULES = Action.of(PREFIX, "TestInboundMailFlowRules");

  /** {@code workmail:TestOutboundMailFlowRules}: Write; on organization. */
  public static final Action TEST_OUTBOUND_MAIL_FLOW_RULES = Action.of(PREFIX, "TestOutboundMailFlowRules");

  /** {@code workmail:UntagResource}: Tagging; on organization. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code workmail:UpdateAvailabilityConfiguration}: Write; on organization. */
  public static final Action UPDATE_AVAILABILITY_CONFIGURATION = Action.of(PREFIX, "UpdateAvailabilityConfiguration");

  /** {@code workmail:UpdateDefaultMailDomain}: Write; on organization. */
  public static final Action UPDATE_DEFAULT_MAIL_DOMAIN = Action.of(PREFIX, "UpdateDefaultMailDomain");

  /** {@code workmail:UpdateGroup}: Write; on organization. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code workmail:UpdateImpersonationRole}: Write; on organization. */
  public static final Action UPDATE_IMPERSONATION_ROLE = Action.of(PREFIX, "UpdateImpersonationRole");

  /** {@code workmail:UpdateInboundMailFlowRule}: Write; on organization. */
  public static final Action UPDATE_INBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "UpdateInboundMailFlowRule");

  /** {@code workmail:UpdateMailboxQuota}: Write; on organization. */
  public static final Action UPDATE_MAILBOX_QUOTA = Action.of(PREFIX, "UpdateMailboxQuota");

  /** {@code workmail:UpdateMobileDeviceAccessRule}: Write; on organization. */
  public static final Action UPDATE_MOBILE_DEVICE_ACCESS_RULE = Action.of(PREFIX, "UpdateMobileDeviceAccessRule");

  /** {@code workmail:UpdateOutboundMailFlowRule}: Write; on organization. */
  public static final Action UPDATE_OUTBOUND_MAIL_FLOW_RULE = Action.of(PREFIX, "UpdateOutboundMailFlowRule");

  /** {@code workmail:UpdatePrimaryEmailAddress}: Write; on organization. */
  public static final Action UPDATE_PRIMARY_EMAIL_ADDRESS = Action.of(PREFIX, "UpdatePrimaryEmailAddress");

  /** {@code workmail:UpdateResource}: Write; on organization. */
  public static final Action UPDATE_RESOURCE = Action.of(PREFIX, "UpdateResource");

  /** {@code workmail:UpdateSmtpGateway}: Write; on organization. */
  public static final Action UPDATE_SMTP_GATEWAY = Action.of(PREFIX, "UpdateSmtpGateway");

  /** {@code workmail:UpdateUser}: Write; on organization. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code workmail:WipeMobileDevice}: Write; on organization. */
  public static final Action WIPE_MOBILE_DEVICE = Action.of(PREFIX, "WipeMobileDevice");

  private Workmail() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
