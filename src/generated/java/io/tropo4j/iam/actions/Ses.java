// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Pinpoint Email Service (prefix {@code ses}), as the service authorization reference lists them.
 */
public final class Ses {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ses";

  /** {@code ses:AllowVendedLogDeliveryForResource}: Permissions management; on mailmanager-ingress-point, mailmanager-rule-set. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code ses:BatchGetMetricData}: Read; on configuration-set, identity. */
  public static final Action BATCH_GET_METRIC_DATA = Action.of(PREFIX, "BatchGetMetricData");

  /** {@code ses:CancelExportJob}: Write; on export-job. */
  public static final Action CANCEL_EXPORT_JOB = Action.of(PREFIX, "CancelExportJob");

  /** {@code ses:CloneReceiptRuleSet}: Write; on no resource type (give {@code *}). */
  public static final Action CLONE_RECEIPT_RULE_SET = Action.of(PREFIX, "CloneReceiptRuleSet");

  /** {@code ses:CreateAddonInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADDON_INSTANCE = Action.of(PREFIX, "CreateAddonInstance");

  /** {@code ses:CreateAddonSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADDON_SUBSCRIPTION = Action.of(PREFIX, "CreateAddonSubscription");

  /** {@code ses:CreateAddressList}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADDRESS_LIST = Action.of(PREFIX, "CreateAddressList");

  /** {@code ses:CreateAddressListImportJob}: Write; on mailmanager-address-list. */
  public static final Action CREATE_ADDRESS_LIST_IMPORT_JOB = Action.of(PREFIX, "CreateAddressListImportJob");

  /** {@code ses:CreateArchive}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ARCHIVE = Action.of(PREFIX, "CreateArchive");

  /** {@code ses:CreateConfigurationSet}: Write; on configuration-set, dedicated-ip-pool, mailmanager-archive. */
  public static final Action CREATE_CONFIGURATION_SET = Action.of(PREFIX, "CreateConfigurationSet");

  /** {@code ses:CreateConfigurationSetEventDestination}: Write; on configuration-set. */
  public static final Action CREATE_CONFIGURATION_SET_EVENT_DESTINATION = Action.of(PREFIX, "CreateConfigurationSetEventDestination");

  /** {@code ses:CreateConfigurationSetTrackingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIGURATION_SET_TRACKING_OPTIONS = Action.of(PREFIX, "CreateConfigurationSetTrackingOptions");

  /** {@code ses:CreateContact}: Write; on contact-list. */
  public static final Action CREATE_CONTACT = Action.of(PREFIX, "CreateContact");

  /** {@code ses:CreateContactList}: Write; on contact-list. */
  public static final Action CREATE_CONTACT_LIST = Action.of(PREFIX, "CreateContactList");

  /** {@code ses:CreateCustomVerificationEmailTemplate}: Write; on custom-verification-email-template. */
  public static final Action CREATE_CUSTOM_VERIFICATION_EMAIL_TEMPLATE = Action.of(PREFIX, "CreateCustomVerificationEmailTemplate");

  /** {@code ses:CreateDedicatedIpPool}: Write; on dedicated-ip-pool. */
  public static final Action CREATE_DEDICATED_IP_POOL = Action.of(PREFIX, "CreateDedicatedIpPool");

  /** {@code ses:CreateDeliverabilityTestReport}: Write; on identity. */
  public static final Action CREATE_DELIVERABILITY_TEST_REPORT = Action.of(PREFIX, "CreateDeliverabilityTestReport");

  /** {@code ses:CreateEmailIdentity}: Write; on identity. */
  public static final Action CREATE_EMAIL_IDENTITY = Action.of(PREFIX, "CreateEmailIdentity");

  /** {@code ses:CreateEmailIdentityPolicy}: Permissions management; on identity. */
  public static final Action CREATE_EMAIL_IDENTITY_POLICY = Action.of(PREFIX, "CreateEmailIdentityPolicy");

  /** {@code ses:CreateEmailTemplate}: Write; on template. */
  public static final Action CREATE_EMAIL_TEMPLATE = Action.of(PREFIX, "CreateEmailTemplate");

  /** {@code ses:CreateExportJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXPORT_JOB = Action.of(PREFIX, "CreateExportJob");

  /** {@code ses:CreateImportJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IMPORT_JOB = Action.of(PREFIX, "CreateImportJob");

  /** {@code ses:CreateIngressPoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INGRESS_POINT = Action.of(PREFIX, "CreateIngressPoint");

  /** {@code ses:CreateMultiRegionEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MULTI_REGION_ENDPOINT = Action.of(PREFIX, "CreateMultiRegionEndpoint");

  /** {@code ses:CreateReceiptFilter}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RECEIPT_FILTER = Action.of(PREFIX, "CreateReceiptFilter");

  /** {@code ses:CreateReceiptRule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RECEIPT_RULE = Action.of(PREFIX, "CreateReceiptRule");

  /** {@code ses:CreateReceiptRuleSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RECEIPT_RULE_SET = Action.of(PREFIX, "CreateReceiptRuleSet");

  /** {@code ses:CreateRelay}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RELAY = Action.of(PREFIX, "CreateRelay");

  /** {@code ses:CreateRuleSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RULE_SET = Action.of(PREFIX, "CreateRuleSet");

  /** {@code ses:CreateTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEMPLATE = Action.of(PREFIX, "CreateTemplate");

  /** {@code ses:CreateTenant}: Write; on tenant. */
  public static final Action CREATE_TENANT = Action.of(PREFIX, "CreateTenant");

  /** {@code ses:CreateTenantResourceAssociation}: Write; on configuration-set, identity, template, tenant. */
  public static final Action CREATE_TENANT_RESOURCE_ASSOCIATION = Action.of(PREFIX, "CreateTenantResourceAssociation");

  /** {@code ses:CreateTrafficPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRAFFIC_POLICY = Action.of(PREFIX, "CreateTrafficPolicy");

  /** {@code ses:DeleteAddonInstance}: Write; on addon-instance. */
  public static final Action DELETE_ADDON_INSTANCE = Action.of(PREFIX, "DeleteAddonInstance");

  /** {@code ses:DeleteAddonSubscription}: Write; on addon-subscription. */
  public static final Action DELETE_ADDON_SUBSCRIPTION = Action.of(PREFIX, "DeleteAddonSubscription");

  /** {@code ses:DeleteAddressList}: Write; on mailmanager-address-list. */
  public static final Action DELETE_ADDRESS_LIST = Action.of(PREFIX, "DeleteAddressList");

  /** {@code ses:DeleteArchive}: Write; on mailmanager-archive. */
  public static final Action DELETE_ARCHIVE = Action.of(PREFIX, "DeleteArchive");

  /** {@code ses:DeleteConfigurationSet}: Write; on configuration-set. */
  public static final Action DELETE_CONFIGURATION_SET = Action.of(PREFIX, "DeleteConfigurationSet");

  /** {@code ses:DeleteConfigurationSetEventDestination}: Write; on configuration-set. */
  public static final Action DELETE_CONFIGURATION_SET_EVENT_DESTINATION = Action.of(PREFIX, "DeleteConfigurationSetEventDestination");

  /** {@code ses:DeleteConfigurationSetTrackingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONFIGURATION_SET_TRACKING_OPTIONS = Action.of(PREFIX, "DeleteConfigurationSetTrackingOptions");

  /** {@code ses:DeleteContact}: Write; on contact-list. */
  public static final Action DELETE_CONTACT = Action.of(PREFIX, "DeleteContact");

  /** {@code ses:DeleteContactList}: Write; on contact-list. */
  public static final Action DELETE_CONTACT_LIST = Action.of(PREFIX, "DeleteContactList");

  /** {@code ses:DeleteCustomVerificationEmailTemplate}: Write; on custom-verification-email-template. */
  public static final Action DELETE_CUSTOM_VERIFICATION_EMAIL_TEMPLATE = Action.of(PREFIX, "DeleteCustomVerificationEmailTemplate");

  /** {@code ses:DeleteDedicatedIpPool}: Write; on dedicated-ip-pool. */
  public static final Action DELETE_DEDICATED_IP_POOL = Action.of(PREFIX, "DeleteDedicatedIpPool");

  /** {@code ses:DeleteEmailIdentity}: Write; on identity. */
  public static final Action DELETE_EMAIL_IDENTITY = Action.of(PREFIX, "DeleteEmailIdentity");

  /** {@code ses:DeleteEmailIdentityPolicy}: Permissions management; on identity. */
  public static final Action DELETE_EMAIL_IDENTITY_POLICY = Action.of(PREFIX, "DeleteEmailIdentityPolicy");

  /** {@code ses:DeleteEmailTemplate}: Write; on template. */
  public static final Action DELETE_EMAIL_TEMPLATE = Action.of(PREFIX, "DeleteEmailTemplate");

  /** {@code ses:DeleteIdentity}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_IDENTITY = Action.of(PREFIX, "DeleteIdentity");

  /** {@code ses:DeleteIdentityPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_IDENTITY_POLICY = Action.of(PREFIX, "DeleteIdentityPolicy");

  /** {@code ses:DeleteIngressPoint}: Write; on mailmanager-ingress-point. */
  public static final Action DELETE_INGRESS_POINT = Action.of(PREFIX, "DeleteIngressPoint");

  /** {@code ses:DeleteMultiRegionEndpoint}: Write; on multi-region-endpoint. */
  public static final Action DELETE_MULTI_REGION_ENDPOINT = Action.of(PREFIX, "DeleteMultiRegionEndpoint");

  /** {@code ses:DeleteReceiptFilter}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RECEIPT_FILTER = Action.of(PREFIX, "DeleteReceiptFilter");

  /** {@code ses:DeleteReceiptRule}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RECEIPT_RULE = Action.of(PREFIX, "DeleteReceiptRule");

  /** {@code ses:DeleteReceiptRuleSet}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RECEIPT_RULE_SET = Action.of(PREFIX, "DeleteReceiptRuleSet");

  /** {@code ses:DeleteRelay}: Write; on mailmanager-smtp-relay. */
  public static final Action DELETE_RELAY = Action.of(PREFIX, "DeleteRelay");

  /** {@code ses:DeleteRuleSet}: Write; on mailmanager-rule-set. */
  public static final Action DELETE_RULE_SET = Action.of(PREFIX, "DeleteRuleSet");

  /** {@code ses:DeleteSuppressedDestination}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUPPRESSED_DESTINATION = Action.of(PREFIX, "DeleteSuppressedDestination");

  /** {@code ses:DeleteTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TEMPLATE = Action.of(PREFIX, "DeleteTemplate");

  /** {@code ses:DeleteTenant}: Write; on tenant. */
  public static final Action DELETE_TENANT = Action.of(PREFIX, "DeleteTenant");

  /** {@code ses:DeleteTenantResourceAssociation}: Write; on configuration-set, identity, template, tenant. */
  public static final Action DELETE_TENANT_RESOURCE_ASSOCIATION = Action.of(PREFIX, "DeleteTenantResourceAssociation");

  /** {@code ses:DeleteTrafficPolicy}: Write; on mailmanager-traffic-policy. */
  public static final Action DELETE_TRAFFIC_POLICY = Action.of(PREFIX, "DeleteTrafficPolicy");

  /** {@code ses:DeleteVerifiedEmailAddress}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_VERIFIED_EMAIL_ADDRESS = Action.of(PREFIX, "DeleteVerifiedEmailAddress");

  /** {@code ses:DeregisterMemberFromAddressList}: Write; on mailmanager-address-list. */
  public static final Action DEREGISTER_MEMBER_FROM_ADDRESS_LIST = Action.of(PREFIX, "DeregisterMemberFromAddressList");

  /** {@code ses:DescribeActiveReceiptRuleSet}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACTIVE_RECEIPT_RULE_SET = Action.of(PREFIX, "DescribeActiveReceiptRuleSet");

  /** {@code ses:DescribeConfigurationSet}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFIGURATION_SET = Action.of(PREFIX, "DescribeConfigurationSet");

  /** {@code ses:DescribeReceiptRule}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECEIPT_RULE = Action.of(PREFIX, "DescribeReceiptRule");

  /** {@code ses:DescribeReceiptRuleSet}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECEIPT_RULE_SET = Action.of(PREFIX, "DescribeReceiptRuleSet");

  /** {@code ses:GetAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT = Action.of(PREFIX, "GetAccount");

  /** {@code ses:GetAccountSendingEnabled}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SENDING_ENABLED = Action.of(PREFIX, "GetAccountSendingEnabled");

  /** {@code ses:GetAddonInstance}: Read; on addon-instance. */
  public static final Action GET_ADDON_INSTANCE = Action.of(PREFIX, "GetAddonInstance");

  /** {@code ses:GetAddonSubscription}: Read; on addon-subscription. */
  public static final Action GET_ADDON_SUBSCRIPTION = Action.of(PREFIX, "GetAddonSubscription");

  /** {@code ses:GetAddressList}: Read; on mailmanager-address-list. */
  public static final Action GET_ADDRESS_LIST = Action.of(PREFIX, "GetAddressList");

  /** {@code ses:GetAddressListImportJob}: Read; on mailmanager-address-list. */
  public static final Action GET_ADDRESS_LIST_IMPORT_JOB = Action.of(PREFIX, "GetAddressListImportJob");

  /** {@code ses:GetArchive}: Read; on mailmanager-archive. */
  public static final Action GET_ARCHIVE = Action.of(PREFIX, "GetArchive");

  /** {@code ses:GetArchiveExport}: Read; on mailmanager-archive. */
  public static final Action GET_ARCHIVE_EXPORT = Action.of(PREFIX, "GetArchiveExport");

  /** {@code ses:GetArchiveMessage}: Read; on mailmanager-archive. */
  public static final Action GET_ARCHIVE_MESSAGE = Action.of(PREFIX, "GetArchiveMessage");

  /** {@code ses:GetArchiveMessageContent}: Read; on mailmanager-archive. */
  public static final Action GET_ARCHIVE_MESSAGE_CONTENT = Action.of(PREFIX, "GetArchiveMessageContent");

  /** {@code ses:GetArchiveSearch}: Read; on mailmanager-archive. */
  public static final Action GET_ARCHIVE_SEARCH = Action.of(PREFIX, "GetArchiveSearch");

  /** {@code ses:GetArchiveSearchResults}: Read; on mailmanager-archive. */
  public static final Action GET_ARCHIVE_SEARCH_RESULTS = Action.of(PREFIX, "GetArchiveSearchResults");

  /** {@code ses:GetBlacklistReports}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BLACKLIST_REPORTS = Action.of(PREFIX, "GetBlacklistReports");

  /** {@code ses:GetConfigurationSet}: Read; on configuration-set. */
  public static final Action GET_CONFIGURATION_SET = Action.of(PREFIX, "GetConfigurationSet");

  /** {@code ses:GetConfigurationSetEventDestinations}: Read; on configuration-set. */
  public static final Action GET_CONFIGURATION_SET_EVENT_DESTINATIONS = Action.of(PREFIX, "GetConfigurationSetEventDestinations");

  /** {@code ses:GetContact}: Read; on contact-list. */
  public static final Action GET_CONTACT = Action.of(PREFIX, "GetContact");

  /** {@code ses:GetContactList}: Read; on contact-list. */
  public static final Action GET_CONTACT_LIST = Action.of(PREFIX, "GetContactList");

  /** {@code ses:GetCustomVerificationEmailTemplate}: Read; on custom-verification-email-template. */
  public static final Action GET_CUSTOM_VERIFICATION_EMAIL_TEMPLATE = Action.of(PREFIX, "GetCustomVerificationEmailTemplate");

  /** {@code ses:GetDedicatedIp}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEDICATED_IP = Action.of(PREFIX, "GetDedicatedIp");

  /** {@code ses:GetDedicatedIpPool}: Read; on dedicated-ip-pool. */
  public static final Action GET_DEDICATED_IP_POOL = Action.of(PREFIX, "GetDedicatedIpPool");

  /** {@code ses:GetDedicatedIps}: Read; on dedicated-ip-pool. */
  public static final Action GET_DEDICATED_IPS = Action.of(PREFIX, "GetDedicatedIps");

  /** {@code ses:GetDeliverabilityDashboardOptions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DELIVERABILITY_DASHBOARD_OPTIONS = Action.of(PREFIX, "GetDeliverabilityDashboardOptions");

  /** {@code ses:GetDeliverabilityTestReport}: Read; on deliverability-test-report. */
  public static final Action GET_DELIVERABILITY_TEST_REPORT = Action.of(PREFIX, "GetDeliverabilityTestReport");

  /** {@code ses:GetDomainDeliverabilityCampaign}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN_DELIVERABILITY_CAMPAIGN = Action.of(PREFIX, "GetDomainDeliverabilityCampaign");

  /** {@code ses:GetDomainStatisticsReport}: Read; on identity. */
  public static final Action GET_DOMAIN_STATISTICS_REPORT = Action.of(PREFIX, "GetDomainStatisticsReport");

  /** {@code ses:GetEmailAddressInsights}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EMAIL_ADDRESS_INSIGHTS = Action.of(PREFIX, "GetEmailAddressInsights");

  /** {@code ses:GetEmailIdentity}: Read; on identity. */
  public static final Action GET_EMAIL_IDENTITY = Action.of(PREFIX, "GetEmailIdentity");

  /** {@code ses:GetEmailIdentityPolicies}: Read; on identity. */
  public static final Action GET_EMAIL_IDENTITY_POLICIES = Action.of(PREFIX, "GetEmailIdentityPolicies");

  /** {@code ses:GetEmailTemplate}: Read; on template. */
  public static final Action GET_EMAIL_TEMPLATE = Action.of(PREFIX, "GetEmailTemplate");

  /** {@code ses:GetExportJob}: Read; on export-job. */
  public static final Action GET_EXPORT_JOB = Action.of(PREFIX, "GetExportJob");

  /** {@code ses:GetIdentityDkimAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IDENTITY_DKIM_ATTRIBUTES = Action.of(PREFIX, "GetIdentityDkimAttributes");

  /** {@code ses:GetIdentityMailFromDomainAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IDENTITY_MAIL_FROM_DOMAIN_ATTRIBUTES = Action.of(PREFIX, "GetIdentityMailFromDomainAttributes");

  /** {@code ses:GetIdentityNotificationAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IDENTITY_NOTIFICATION_ATTRIBUTES = Action.of(PREFIX, "GetIdentityNotificationAttributes");

  /** {@code ses:GetIdentityPolicies}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IDENTITY_POLICIES = Action.of(PREFIX, "GetIdentityPolicies");

  /** {@code ses:GetIdentityVerificationAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IDENTITY_VERIFICATION_ATTRIBUTES = Action.of(PREFIX, "GetIdentityVerificationAttributes");

  /** {@code ses:GetImportJob}: Read; on import-job. */
  public static final Action GET_IMPORT_JOB = Action.of(PREFIX, "GetImportJob");

  /** {@code ses:GetIngressPoint}: Read; on mailmanager-ingress-point. */
  public static final Action GET_INGRESS_POINT = Action.of(PREFIX, "GetIngressPoint");

  /** {@code ses:GetMemberOfAddressList}: Read; on mailmanager-address-list. */
  public static final Action GET_MEMBER_OF_ADDRESS_LIST = Action.of(PREFIX, "GetMemberOfAddressList");

  /** {@code ses:GetMessageInsights}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MESSAGE_INSIGHTS = Action.of(PREFIX, "GetMessageInsights");

  /** {@code ses:GetMultiRegionEndpoint}: Read; on multi-region-endpoint. */
  public static final Action GET_MULTI_REGION_ENDPOINT = Action.of(PREFIX, "GetMultiRegionEndpoint");

  /** {@code ses:GetRelay}: Read; on mailmanager-smtp-relay. */
  public static final Action GET_RELAY = Action.of(PREFIX, "GetRelay");

  /** {@code ses:GetReputationEntity}: Read; on tenant. */
  public static final Action GET_REPUTATION_ENTITY = Action.of(PREFIX, "GetReputationEntity");

  /** {@code ses:GetRuleSet}: Read; on mailmanager-rule-set. */
  public static final Action GET_RULE_SET = Action.of(PREFIX, "GetRuleSet");

  /** {@code ses:GetSendQuota}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SEND_QUOTA = Action.of(PREFIX, "GetSendQuota");

  /** {@code ses:GetSendStatistics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SEND_STATISTICS = Action.of(PREFIX, "GetSendStatistics");

  /** {@code ses:GetSuppressedDestination}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUPPRESSED_DESTINATION = Action.of(PREFIX, "GetSuppressedDestination");

  /** {@code ses:GetTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TEMPLATE = Action.of(PREFIX, "GetTemplate");

  /** {@code ses:GetTenant}: Read; on tenant. */
  public static final Action GET_TENANT = Action.of(PREFIX, "GetTenant");

  /** {@code ses:GetTrafficPolicy}: Read; on mailmanager-traffic-policy. */
  public static final Action GET_TRAFFIC_POLICY = Action.of(PREFIX, "GetTrafficPolicy");

  /** {@code ses:ListAddonInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ADDON_INSTANCES = Action.of(PREFIX, "ListAddonInstances");

  /** {@code ses:ListAddonSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ADDON_SUBSCRIPTIONS = Action.of(PREFIX, "ListAddonSubscriptions");

  /** {@code ses:ListAddressListImportJobs}: List; on mailmanager-address-list. */
  public static final Action LIST_ADDRESS_LIST_IMPORT_JOBS = Action.of(PREFIX, "ListAddressListImportJobs");

  /** {@code ses:ListAddressLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ADDRESS_LISTS = Action.of(PREFIX, "ListAddressLists");

  /** {@code ses:ListArchiveExports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ARCHIVE_EXPORTS = Action.of(PREFIX, "ListArchiveExports");

  /** {@code ses:ListArchiveSearches}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ARCHIVE_SEARCHES = Action.of(PREFIX, "ListArchiveSearches");

  /** {@code ses:ListArchives}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ARCHIVES = Action.of(PREFIX, "ListArchives");

  /** {@code ses:ListConfigurationSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_SETS = Action.of(PREFIX, "ListConfigurationSets");

  /** {@code ses:ListContactLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTACT_LISTS = Action.of(PREFIX, "ListContactLists");

  /** {@code ses:ListContacts}: List; on contact-list. */
  public static final Action LIST_CONTACTS = Action.of(PREFIX, "ListContacts");

  /** {@code ses:ListCustomVerificationEmailTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_VERIFICATION_EMAIL_TEMPLATES = Action.of(PREFIX, "ListCustomVerificationEmailTemplates");

  /** {@code ses:ListDedicatedIpPools}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEDICATED_IP_POOLS = Action.of(PREFIX, "ListDedicatedIpPools");

  /** {@code ses:ListDeliverabilityTestReports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DELIVERABILITY_TEST_REPORTS = Action.of(PREFIX, "ListDeliverabilityTestReports");

  /** {@code ses:ListDomainDeliverabilityCampaigns}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAIN_DELIVERABILITY_CAMPAIGNS = Action.of(PREFIX, "ListDomainDeliverabilityCampaigns");

  /** {@code ses:ListEmailIdentities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EMAIL_IDENTITIES = Action.of(PREFIX, "ListEmailIdentities");

  /** {@code ses:ListEmailTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EMAIL_TEMPLATES = Action.of(PREFIX, "ListEmailTemplates");

  /** {@code ses:ListExportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPORT_JOBS = Action.of(PREFIX, "ListExportJobs");

  /** {@code ses:ListIdentities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITIES = Action.of(PREFIX, "ListIdentities");

  /** {@code ses:ListIdentityPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITY_POLICIES = Action.of(PREFIX, "ListIdentityPolicies");

  /** {@code ses:ListImportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORT_JOBS = Action.of(PREFIX, "ListImportJobs");

  /** {@code ses:ListIngressPoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INGRESS_POINTS = Action.of(PREFIX, "ListIngressPoints");

  /** {@code ses:ListMembersOfAddressList}: List; on mailmanager-address-list. */
  public static final Action LIST_MEMBERS_OF_ADDRESS_LIST = Action.of(PREFIX, "ListMembersOfAddressList");

  /** {@code ses:ListMultiRegionEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MULTI_REGION_ENDPOINTS = Action.of(PREFIX, "ListMultiRegionEndpoints");

  /** {@code ses:ListReceiptFilters}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RECEIPT_FILTERS = Action.of(PREFIX, "ListReceiptFilters");

  /** {@code ses:ListReceiptRuleSets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RECEIPT_RULE_SETS = Action.of(PREFIX, "ListReceiptRuleSets");

  /** {@code ses:ListRecommendations}: Read; on identity. */
  public static final Action LIST_RECOMMENDATIONS = Action.of(PREFIX, "ListRecommendations");

  /** {@code ses:ListRelays}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RELAYS = Action.of(PREFIX, "ListRelays");

  /** {@code ses:ListReputationEntities}: List; on tenant. */
  public static final Action LIST_REPUTATION_ENTITIES = Action.of(PREFIX, "ListReputationEntities");

  /** {@code ses:ListResourceTenants}: List; on configuration-set, identity, template. */
  public static final Action LIST_RESOURCE_TENANTS = Action.of(PREFIX, "ListResourceTenants");

  /** {@code ses:ListRuleSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULE_SETS = Action.of(PREFIX, "ListRuleSets");

  /** {@code ses:ListSuppressedDestinations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SUPPRESSED_DESTINATIONS = Action.of(PREFIX, "ListSuppressedDestinations");

  /** {@code ses:ListTagsForResource}: Read; on configuration-set, contact-list, custom-verification-email-template, dedicated-ip-pool, deliverability-test-report, identity, template, tenant. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ses:ListTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEMPLATES = Action.of(PREFIX, "ListTemplates");

  /** {@code ses:ListTenantResources}: List; on tenant. */
  public static final Action LIST_TENANT_RESOURCES = Action.of(PREFIX, "ListTenantResources");

  /** {@code ses:ListTenants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TENANTS = Action.of(PREFIX, "ListTenants");

  /** {@code ses:ListTrafficPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAFFIC_POLICIES = Action.of(PREFIX, "ListTrafficPolicies");

  /** {@code ses:ListVerifiedEmailAddresses}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_VERIFIED_EMAIL_ADDRESSES = Action.of(PREFIX, "ListVerifiedEmailAddresses");

  /** {@code ses:PutAccountDedicatedIpWarmupAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_DEDICATED_IP_WARMUP_ATTRIBUTES = Action.of(PREFIX, "PutAccountDedicatedIpWarmupAttributes");

  /** {@code ses:PutAccountDetails}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_DETAILS = Action.of(PREFIX, "PutAccountDetails");

  /** {@code ses:PutAccountSendingAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_SENDING_ATTRIBUTES = Action.of(PREFIX, "PutAccountSendingAttributes");

  /** {@code ses:PutAccountSuppressionAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_SUPPRESSION_ATTRIBUTES = Action.of(PREFIX, "PutAccountSuppressionAttributes");

  /** {@code ses:PutAccountVdmAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_VDM_ATTRIBUTES = Action.of(PREFIX, "PutAccountVdmAttributes");

  /** {@code ses:PutConfigurationSetArchivingOptions}: Write; on configuration-set, mailmanager-archive. */
  public static final Action PUT_CONFIGURATION_SET_ARCHIVING_OPTIONS = Action.of(PREFIX, "PutConfigurationSetArchivingOptions");

  /** {@code ses:PutConfigurationSetDeliveryOptions}: Write; on configuration-set, dedicated-ip-pool. */
  public static final Action PUT_CONFIGURATION_SET_DELIVERY_OPTIONS = Action.of(PREFIX, "PutConfigurationSetDeliveryOptions");

  /** {@code ses:PutConfigurationSetReputationOptions}: Write; on configuration-set. */
  public static final Action PUT_CONFIGURATION_SET_REPUTATION_OPTIONS = Action.of(PREFIX, "PutConfigurationSetReputationOptions");

  /** {@code ses:PutConfigurationSetSendingOptions}: Write; on configuration-set. */
  public static final Action PUT_CONFIGURATION_SET_SENDING_OPTIONS = Action.of(PREFIX, "PutConfigurationSetSendingOptions");

  /** {@code ses:PutConfigurationSetSuppressionOptions}: Write; on configuration-set. */
  public static final Action PUT_CONFIGURATION_SET_SUPPRESSION_OPTIONS = Action.of(PREFIX, "PutConfigurationSetSuppressionOptions");

  /** {@code ses:PutConfigurationSetTrackingOptions}: Write; on configuration-set. */
  public static final Action PUT_CONFIGURATION_SET_TRACKING_OPTIONS = Action.of(PREFIX, "PutConfigurationSetTrackingOptions");

  /** {@code ses:PutConfigurationSetVdmOptions}: Write; on configuration-set. */
  public static final Action PUT_CONFIGURATION_SET_VDM_OPTIONS = Action.of(PREFIX, "PutConfigurationSetVdmOptions");

  /** {@code ses:PutDedicatedIpInPool}: Write; on dedicated-ip-pool. */
  public static final Action PUT_DEDICATED_IP_IN_POOL = Action.of(PREFIX, "PutDedicatedIpInPool");

  /** {@code ses:PutDedicatedIpPoolScalingAttributes}: Write; on dedicated-ip-pool. */
  public static final Action PUT_DEDICATED_IP_POOL_SCALING_ATTRIBUTES = Action.of(PREFIX, "PutDedicatedIpPoolScalingAttributes");

  /** {@code ses:PutDedicatedIpWarmupAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_DEDICATED_IP_WARMUP_ATTRIBUTES = Action.of(PREFIX, "PutDedicatedIpWarmupAttributes");

  /** {@code ses:PutDeliverabilityDashboardOption}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_DELIVERABILITY_DASHBOARD_OPTION = Action.of(PREFIX, "PutDeliverabilityDashboardOption");

  /** {@code ses:PutEmailIdentityConfigurationSetAttributes}: Write; on configuration-set, identity. */
  public static final Action PUT_EMAIL_IDENTITY_CONFIGURATION_SET_ATTRIBUTES = Action.of(PREFIX, "PutEmailIdentityConfigurationSetAttributes");

  /** {@code ses:PutEmailIdentityDkimAttributes}: Write; on identity. */
  public static final Action PUT_EMAIL_IDENTITY_DKIM_ATTRIBUTES = Action.of(PREFIX, "PutEmailIdentityDkimAttributes");

  /** {@code ses:PutEmailIdentityDkimSigningAttributes}: Write; on identity. */
  public static final Action PUT_EMAIL_IDENTITY_DKIM_SIGNING_ATTRIBUTES = Action.of(PREFIX, "PutEmailIdentityDkimSigningAttributes");

  /** {@code ses:PutEmailIdentityFeedbackAttributes}: Write; on identity. */
  public static final Action PUT_EMAIL_IDENTITY_FEEDBACK_ATTRIBUTES = Action.of(PREFIX, "PutEmailIdentityFeedbackAttributes");

  /** {@code ses:PutEmailIdentityMailFromAttributes}: Write; on identity. */
  public static final Action PUT_EMAIL_IDENTITY_MAIL_FROM_ATTRIBUTES = Action.of(PREFIX, "PutEmailIdentityMailFromAttributes");

  /** {@code ses:PutIdentityPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_IDENTITY_POLICY = Action.of(PREFIX, "PutIdentityPolicy");

  /** {@code ses:PutSuppressedDestination}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SUPPRESSED_DESTINATION = Action.of(PREFIX, "PutSuppressedDestination");

  /** {@code ses:RegisterMemberToAddressList}: Write; on mailmanager-address-list. */
  public static final Action REGISTER_MEMBER_TO_ADDRESS_LIST = Action.of(PREFIX, "RegisterMemberToAddressList");

  /** {@code ses:ReorderReceiptRuleSet}: Write; on no resource type (give {@code *}). */
  public static final Action REORDER_RECEIPT_RULE_SET = Action.of(PREFIX, "ReorderReceiptRuleSet");

  /** {@code ses:ReplicateEmailIdentityDkimSigningKey}: Permissions management; on identity. */
  public static final Action REPLICATE_EMAIL_IDENTITY_DKIM_SIGNING_KEY = Action.of(PREFIX, "ReplicateEmailIdentityDkimSigningKey");

  /** {@code ses:SendBounce}: Write; on identity. */
  public static final Action SEND_BOUNCE = Action.of(PREFIX, "SendBounce");

  /** {@code ses:SendBulkEmail}: Write; on configuration-set, identity, template. */
  public static final Action SEND_BULK_EMAIL = Action.of(PREFIX, "SendBulkEmail");

  /** {@code ses:SendBulkTemplatedEmail}: Write; on configuration-set, identity, template. */
  public static final Action SEND_BULK_TEMPLATED_EMAIL = Action.of(PREFIX, "SendBulkTemplatedEmail");

  /** {@code ses:SendCustomVerificationEmail}: Write; on custom-verification-email-template. */
  public static final Action SEND_CUSTOM_VERIFICATION_EMAIL = Action.of(PREFIX, "SendCustomVerificationEmail");

  /** {@code ses:SendEmail}: Write; on configuration-set, identity, template. */
  public static final Action SEND_EMAIL = Action.of(PREFIX, "SendEmail");

  /** {@code ses:SendRawEmail}: Write; on configuration-set, identity. */
  public static final Action SEND_RAW_EMAIL = Action.of(PREFIX, "SendRawEmail");

  /** {@code ses:SendTemplatedEmail}: Write; on configuration-set, identity, template. */
  public static final Action SEND_TEMPLATED_EMAIL = Action.of(PREFIX, "SendTemplatedEmail");

  /** {@code ses:SetActiveReceiptRuleSet}: Write; on no resource type (give {@code *}). */
  public static final Action SET_ACTIVE_RECEIPT_RULE_SET = Action.of(PREFIX, "SetActiveReceiptRuleSet");

  /** {@code ses:SetIdentityDkimEnabled}: Write; on no resource type (give {@code *}). */
  public static final Action SET_IDENTITY_DKIM_ENABLED = Action.of(PREFIX, "SetIdentityDkimEnabled");

  /** {@code ses:SetIdentityFeedbackForwardingEnabled}: Write; on no resource type (give {@code *}). */
  public static final Action SET_IDENTITY_FEEDBACK_FORWARDING_ENABLED = Action.of(PREFIX, "SetIdentityFeedbackForwardingEnabled");

  /** {@code ses:SetIdentityHeadersInNotificationsEnabled}: Write; on no resource type (give {@code *}). */
  public static final Action SET_IDENTITY_HEADERS_IN_NOTIFICATIONS_ENABLED = Action.of(PREFIX, "SetIdentityHeadersInNotificationsEnabled");

  /** {@code ses:SetIdentityMailFromDomain}: Write; on no resource type (give {@code *}). */
  public static final Action SET_IDENTITY_MAIL_FROM_DOMAIN = Action.of(PREFIX, "SetIdentityMailFromDomain");

  /** {@code ses:SetIdentityNotificationTopic}: Write; on no resource type (give {@code *}). */
  public static final Action SET_IDENTITY_NOTIFICATION_TOPIC = Action.of(PREFIX, "SetIdentityNotificationTopic");

  /** {@code ses:SetReceiptRulePosition}: Write; on no resource type (give {@code *}). */
  public static final Action SET_RECEIPT_RULE_POSITION = Action.of(PREFIX, "SetReceiptRulePosition");

  /** {@code ses:StartAddressListImportJob}: Write; on mailmanager-address-list. */
  public static final Action START_ADDRESS_LIST_IMPORT_JOB = Action.of(PREFIX, "StartAddressListImportJob");

  /** {@code ses:StartArchiveExport}: Write; on mailmanager-archive. */
  public static final Action START_ARCHIVE_EXPORT = Action.of(PREFIX, "StartArchiveExport");

  /** {@code ses:StartArchiveSearch}: Write; on mailmanager-archive. */
  public static final Action START_ARCHIVE_SEARCH = Action.of(PREFIX, "StartArchiveSearch");

  /** {@code ses:StopAddressListImportJob}: Write; on mailmanager-address-list. */
  public static final Action STOP_ADDRESS_LIST_IMPORT_JOB = Action.of(PREFIX, "StopAddressListImportJob");

  /** {@code ses:StopArchiveExport}: Write; on mailmanager-archive. */
  public static final Action STOP_ARCHIVE_EXPORT = Action.of(PREFIX, "StopArchiveExport");

  /** {@code ses:StopArchiveSearch}: Write; on mailmanager-archive. */
  public static final Action STOP_ARCHIVE_SEARCH = Action.of(PREFIX, "StopArchiveSearch");

  /** {@code ses:TagResource}: Tagging; on configuration-set, contact-list, custom-verification-email-template, dedicated-ip-pool, deliverability-test-report, identity, template, tenant. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ses:TestRenderEmailTemplate}: Write; on template. */
  public static final Action TEST_RENDER_EMAIL_TEMPLATE = Action.of(PREFIX, "TestRenderEmailTemplate");

  /** {@code ses:TestRenderTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action TEST_RENDER_TEMPLATE = Action.of(PREFIX, "TestRenderTemplate");

  /** {@code ses:UntagResource}: Tagging; on configuration-set, contact-list, custom-verification-email-template, dedicated-ip-pool, deliverability-test-report, identity, template, tenant. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ses:UpdateAccountSendingEnabled}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SENDING_ENABLED = Action.of(PREFIX, "UpdateAccountSendingEnabled");

  /** {@code ses:UpdateArchive}: Write; on mailmanager-archive. */
  public static final Action UPDATE_ARCHIVE = Action.of(PREFIX, "UpdateArchive");

  /** {@code ses:UpdateConfigurationSetEventDestination}: Write; on configuration-set. */
  public static final Action UPDATE_CONFIGURATION_SET_EVENT_DESTINATION = Action.of(PREFIX, "UpdateConfigurationSetEventDestination");

  /** {@code ses:UpdateConfigurationSetReputationMetricsEnabled}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONFIGURATION_SET_REPUTATION_METRICS_ENABLED = Action.of(PREFIX, "UpdateConfigurationSetReputationMetricsEnabled");

  /** {@code ses:UpdateConfigurationSetSendingEnabled}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONFIGURATION_SET_SENDING_ENABLED = Action.of(PREFIX, "UpdateConfigurationSetSendingEnabled");

  /** {@code ses:UpdateConfigurationSetTrackingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONFIGURATION_SET_TRACKING_OPTIONS = Action.of(PREFIX, "UpdateConfigurationSetTrackingOptions");

  /** {@code ses:UpdateContact}: Write; on contact-list. */
  public static final Action UPDATE_CONTACT = Action.of(PREFIX, "UpdateContact");

  /** {@code ses:UpdateContactList}: Write; on contact-list. */
  public static final Action UPDATE_CONTACT_LIST = Action.of(PREFIX, "UpdateContactList");

  /** {@code ses:UpdateCustomVerificationEmailTemplate}: Write; on custom-verification-email-template. */
  public static final Action UPDATE_CUSTOM_VERIFICATION_EMAIL_TEMPLATE = Action.of(PREFIX, "UpdateCustomVerificationEmailTemplate");

  /** {@code ses:UpdateEmailIdentityPolicy}: Permissions management; on identity. */
  public static final Action UPDATE_EMAIL_IDENTITY_POLICY = Action.of(PREFIX, "UpdateEmailIdentityPolicy");

  /** {@code ses:UpdateEmailTemplate}: Write; on template. */
  public static final Action UPDATE_EMAIL_TEMPLATE = Action.of(PREFIX, "UpdateEmailTemplate");

  /** {@code ses:UpdateIngressPoint}: Write; on mailmanager-ingress-point. */
  public static final Action UPDATE_INGRESS_POINT = Action.of(PREFIX, "UpdateIngressPoint");

  /** {@code ses:UpdateReceiptRule}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RECEIPT_RULE = Action.of(PREFIX, "UpdateReceiptRule");

  /** {@code ses:UpdateRelay}: Write; on mailmanager-smtp-relay. */
  public static final Action UPDATE_RELAY = Action.of(PREFIX, "UpdateRelay");

  /** {@code ses:UpdateReputationEntityCustomerManagedStatus}: Write; on tenant. */
  public static final Action UPDATE_REPUTATION_ENTITY_CUSTOMER_MANAGED_STATUS = Action.of(PREFIX, "UpdateReputationEntityCustomerManagedStatus");

  /** {@code ses:UpdateReputationEntityPolicy}: Write; on reputation-policy, tenant. */
  public static final Action UPDATE_REPUTATION_ENTITY_POLICY = Action.of(PREFIX, "UpdateReputationEntityPolicy");

  /** {@code ses:UpdateRuleSet}: Write; on mailmanager-rule-set. */
  public static final Action UPDATE_RULE_SET = Action.of(PREFIX, "UpdateRuleSet");

  /** {@code ses:UpdateTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TEMPLATE = Action.of(PREFIX, "UpdateTemplate");

  /** {@code ses:UpdateTrafficPolicy}: Write; on mailmanager-traffic-policy. */
  public static final Action UPDATE_TRAFFIC_POLICY = Action.of(PREFIX, "UpdateTrafficPolicy");

  /** {@code ses:VerifyDomainDkim}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_DOMAIN_DKIM = Action.of(PREFIX, "VerifyDomainDkim");

  /** {@code ses:VerifyDomainIdentity}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_DOMAIN_IDENTITY = Action.of(PREFIX, "VerifyDomainIdentity");

  /** {@code ses:VerifyEmailAddress}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_EMAIL_ADDRESS = Action.of(PREFIX, "VerifyEmailAddress");

  /** {@code ses:VerifyEmailIdentity}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_EMAIL_IDENTITY = Action.of(PREFIX, "VerifyEmailIdentity");

  private Ses() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
