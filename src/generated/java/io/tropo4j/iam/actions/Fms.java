// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Firewall Manager (prefix {@code fms}), as the service authorization reference lists them.
 */
public final class Fms {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "fms";

  /** {@code fms:AssociateAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_ADMIN_ACCOUNT = Action.of(PREFIX, "AssociateAdminAccount");

  /** {@code fms:AssociateThirdPartyFirewall}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_THIRD_PARTY_FIREWALL = Action.of(PREFIX, "AssociateThirdPartyFirewall");

  /** {@code fms:BatchAssociateResource}: Write; on resource-set. */
  public static final Action BATCH_ASSOCIATE_RESOURCE = Action.of(PREFIX, "BatchAssociateResource");

  /** {@code fms:BatchDisassociateResource}: Write; on resource-set. */
  public static final Action BATCH_DISASSOCIATE_RESOURCE = Action.of(PREFIX, "BatchDisassociateResource");

  /** {@code fms:DeleteAppsList}: Write; on applications-list. */
  public static final Action DELETE_APPS_LIST = Action.of(PREFIX, "DeleteAppsList");

  /** {@code fms:DeleteNotificationChannel}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_NOTIFICATION_CHANNEL = Action.of(PREFIX, "DeleteNotificationChannel");

  /** {@code fms:DeletePolicy}: Write; on policy. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code fms:DeleteProtocolsList}: Write; on protocols-list. */
  public static final Action DELETE_PROTOCOLS_LIST = Action.of(PREFIX, "DeleteProtocolsList");

  /** {@code fms:DeleteResourceSet}: Write; on resource-set. */
  public static final Action DELETE_RESOURCE_SET = Action.of(PREFIX, "DeleteResourceSet");

  /** {@code fms:DisassociateAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_ADMIN_ACCOUNT = Action.of(PREFIX, "DisassociateAdminAccount");

  /** {@code fms:DisassociateThirdPartyFirewall}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_THIRD_PARTY_FIREWALL = Action.of(PREFIX, "DisassociateThirdPartyFirewall");

  /** {@code fms:GetAdminAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ADMIN_ACCOUNT = Action.of(PREFIX, "GetAdminAccount");

  /** {@code fms:GetAdminScope}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ADMIN_SCOPE = Action.of(PREFIX, "GetAdminScope");

  /** {@code fms:GetAppsList}: Read; on applications-list. */
  public static final Action GET_APPS_LIST = Action.of(PREFIX, "GetAppsList");

  /** {@code fms:GetComplianceDetail}: Read; on policy. */
  public static final Action GET_COMPLIANCE_DETAIL = Action.of(PREFIX, "GetComplianceDetail");

  /** {@code fms:GetNotificationChannel}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NOTIFICATION_CHANNEL = Action.of(PREFIX, "GetNotificationChannel");

  /** {@code fms:GetPolicy}: Read; on policy. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code fms:GetProtectionStatus}: Read; on policy. */
  public static final Action GET_PROTECTION_STATUS = Action.of(PREFIX, "GetProtectionStatus");

  /** {@code fms:GetProtocolsList}: Read; on protocols-list. */
  public static final Action GET_PROTOCOLS_LIST = Action.of(PREFIX, "GetProtocolsList");

  /** {@code fms:GetResourceSet}: Read; on resource-set. */
  public static final Action GET_RESOURCE_SET = Action.of(PREFIX, "GetResourceSet");

  /** {@code fms:GetThirdPartyFirewallAssociationStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_THIRD_PARTY_FIREWALL_ASSOCIATION_STATUS = Action.of(PREFIX, "GetThirdPartyFirewallAssociationStatus");

  /** {@code fms:GetViolationDetails}: Read; on policy. */
  public static final Action GET_VIOLATION_DETAILS = Action.of(PREFIX, "GetViolationDetails");

  /** {@code fms:ListAdminAccountsForOrganization}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ADMIN_ACCOUNTS_FOR_ORGANIZATION = Action.of(PREFIX, "ListAdminAccountsForOrganization");

  /** {@code fms:ListAdminsManagingAccount}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ADMINS_MANAGING_ACCOUNT = Action.of(PREFIX, "ListAdminsManagingAccount");

  /** {@code fms:ListAppsLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPS_LISTS = Action.of(PREFIX, "ListAppsLists");

  /** {@code fms:ListComplianceStatus}: List; on policy. */
  public static final Action LIST_COMPLIANCE_STATUS = Action.of(PREFIX, "ListComplianceStatus");

  /** {@code fms:ListDiscoveredResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISCOVERED_RESOURCES = Action.of(PREFIX, "ListDiscoveredResources");

  /** {@code fms:ListMemberAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEMBER_ACCOUNTS = Action.of(PREFIX, "ListMemberAccounts");

  /** {@code fms:ListPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICIES = Action.of(PREFIX, "ListPolicies");

  /** {@code fms:ListProtocolsLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROTOCOLS_LISTS = Action.of(PREFIX, "ListProtocolsLists");

  /** {@code fms:ListResourceSetResources}: List; on resource-set. */
  public static final Action LIST_RESOURCE_SET_RESOURCES = Action.of(PREFIX, "ListResourceSetResources");

  /** {@code fms:ListResourceSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_SETS = Action.of(PREFIX, "ListResourceSets");

  /** {@code fms:ListTagsForResource}: Read; on policy. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code fms:ListThirdPartyFirewallFirewallPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THIRD_PARTY_FIREWALL_FIREWALL_POLICIES = Action.of(PREFIX, "ListThirdPartyFirewallFirewallPolicies");

  /** {@code fms:PutAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ADMIN_ACCOUNT = Action.of(PREFIX, "PutAdminAccount");

  /** {@code fms:PutAppsList}: Write; on applications-list. */
  public static final Action PUT_APPS_LIST = Action.of(PREFIX, "PutAppsList");

  /** {@code fms:PutNotificationChannel}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_NOTIFICATION_CHANNEL = Action.of(PREFIX, "PutNotificationChannel");

  /** {@code fms:PutPolicy}: Write; on policy. */
  public static final Action PUT_POLICY = Action.of(PREFIX, "PutPolicy");

  /** {@code fms:PutProtocolsList}: Write; on protocols-list. */
  public static final Action PUT_PROTOCOLS_LIST = Action.of(PREFIX, "PutProtocolsList");

  /** {@code fms:PutResourceSet}: Write; on resource-set. */
  public static final Action PUT_RESOURCE_SET = Action.of(PREFIX, "PutResourceSet");

  /** {@code fms:TagResource}: Tagging; on applications-list, policy, protocols-list, resource-set. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code fms:UntagResource}: Tagging; on applications-list, policy, protocols-list, resource-set. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Fms() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
