// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Route53 Global Resolver (prefix {@code route53globalresolver}), as the service authorization reference lists them.
 */
public final class Route53globalresolver {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53globalresolver";

  /** {@code route53globalresolver:AllowVendedLogDeliveryForResource}: Permissions management; on global-resolver. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code route53globalresolver:AssociateHostedZone}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_HOSTED_ZONE = Action.of(PREFIX, "AssociateHostedZone");

  /** {@code route53globalresolver:BatchCreateFirewallRule}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_CREATE_FIREWALL_RULE = Action.of(PREFIX, "BatchCreateFirewallRule");

  /** {@code route53globalresolver:BatchDeleteFirewallRule}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_FIREWALL_RULE = Action.of(PREFIX, "BatchDeleteFirewallRule");

  /** {@code route53globalresolver:BatchUpdateFirewallRule}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_FIREWALL_RULE = Action.of(PREFIX, "BatchUpdateFirewallRule");

  /** {@code route53globalresolver:CreateAccessSource}: Write; on dns-view. */
  public static final Action CREATE_ACCESS_SOURCE = Action.of(PREFIX, "CreateAccessSource");

  /** {@code route53globalresolver:CreateAccessToken}: Write; on access-token. */
  public static final Action CREATE_ACCESS_TOKEN = Action.of(PREFIX, "CreateAccessToken");

  /** {@code route53globalresolver:CreateDNSView}: Write; on dns-view. */
  public static final Action CREATE_DNS_VIEW = Action.of(PREFIX, "CreateDNSView");

  /** {@code route53globalresolver:CreateFirewallDomainList}: Write; on firewall-domain-list. */
  public static final Action CREATE_FIREWALL_DOMAIN_LIST = Action.of(PREFIX, "CreateFirewallDomainList");

  /** {@code route53globalresolver:CreateFirewallRule}: Write; on dns-view, firewall-domain-list. */
  public static final Action CREATE_FIREWALL_RULE = Action.of(PREFIX, "CreateFirewallRule");

  /** {@code route53globalresolver:CreateGlobalResolver}: Write; on global-resolver. */
  public static final Action CREATE_GLOBAL_RESOLVER = Action.of(PREFIX, "CreateGlobalResolver");

  /** {@code route53globalresolver:DeleteAccessSource}: Write; on access-source. */
  public static final Action DELETE_ACCESS_SOURCE = Action.of(PREFIX, "DeleteAccessSource");

  /** {@code route53globalresolver:DeleteAccessToken}: Write; on access-token. */
  public static final Action DELETE_ACCESS_TOKEN = Action.of(PREFIX, "DeleteAccessToken");

  /** {@code route53globalresolver:DeleteDNSView}: Write; on dns-view. */
  public static final Action DELETE_DNS_VIEW = Action.of(PREFIX, "DeleteDNSView");

  /** {@code route53globalresolver:DeleteFirewallDomainList}: Write; on firewall-domain-list. */
  public static final Action DELETE_FIREWALL_DOMAIN_LIST = Action.of(PREFIX, "DeleteFirewallDomainList");

  /** {@code route53globalresolver:DeleteFirewallRule}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FIREWALL_RULE = Action.of(PREFIX, "DeleteFirewallRule");

  /** {@code route53globalresolver:DeleteGlobalResolver}: Write; on global-resolver. */
  public static final Action DELETE_GLOBAL_RESOLVER = Action.of(PREFIX, "DeleteGlobalResolver");

  /** {@code route53globalresolver:DisableDNSView}: Write; on dns-view. */
  public static final Action DISABLE_DNS_VIEW = Action.of(PREFIX, "DisableDNSView");

  /** {@code route53globalresolver:DisassociateHostedZone}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_HOSTED_ZONE = Action.of(PREFIX, "DisassociateHostedZone");

  /** {@code route53globalresolver:EnableDNSView}: Write; on dns-view. */
  public static final Action ENABLE_DNS_VIEW = Action.of(PREFIX, "EnableDNSView");

  /** {@code route53globalresolver:GetAccessSource}: Read; on access-source. */
  public static final Action GET_ACCESS_SOURCE = Action.of(PREFIX, "GetAccessSource");

  /** {@code route53globalresolver:GetAccessToken}: Read; on access-token. */
  public static final Action GET_ACCESS_TOKEN = Action.of(PREFIX, "GetAccessToken");

  /** {@code route53globalresolver:GetDNSView}: Read; on dns-view. */
  public static final Action GET_DNS_VIEW = Action.of(PREFIX, "GetDNSView");

  /** {@code route53globalresolver:GetFirewallDomainList}: Read; on firewall-domain-list. */
  public static final Action GET_FIREWALL_DOMAIN_LIST = Action.of(PREFIX, "GetFirewallDomainList");

  /** {@code route53globalresolver:GetFirewallRule}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FIREWALL_RULE = Action.of(PREFIX, "GetFirewallRule");

  /** {@code route53globalresolver:GetGlobalResolver}: Read; on global-resolver. */
  public static final Action GET_GLOBAL_RESOLVER = Action.of(PREFIX, "GetGlobalResolver");

  /** {@code route53globalresolver:GetHostedZoneAssociation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_HOSTED_ZONE_ASSOCIATION = Action.of(PREFIX, "GetHostedZoneAssociation");

  /** {@code route53globalresolver:GetManagedFirewallDomainList}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MANAGED_FIREWALL_DOMAIN_LIST = Action.of(PREFIX, "GetManagedFirewallDomainList");

  /** {@code route53globalresolver:ImportFirewallDomains}: Write; on firewall-domain-list. */
  public static final Action IMPORT_FIREWALL_DOMAINS = Action.of(PREFIX, "ImportFirewallDomains");

  /** {@code route53globalresolver:ListAccessSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_SOURCES = Action.of(PREFIX, "ListAccessSources");

  /** {@code route53globalresolver:ListAccessTokens}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_TOKENS = Action.of(PREFIX, "ListAccessTokens");

  /** {@code route53globalresolver:ListDNSViews}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DNS_VIEWS = Action.of(PREFIX, "ListDNSViews");

  /** {@code route53globalresolver:ListFirewallDomainLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FIREWALL_DOMAIN_LISTS = Action.of(PREFIX, "ListFirewallDomainLists");

  /** {@code route53globalresolver:ListFirewallDomains}: Read; on firewall-domain-list. */
  public static final Action LIST_FIREWALL_DOMAINS = Action.of(PREFIX, "ListFirewallDomains");

  /** {@code route53globalresolver:ListFirewallRules}: List; on dns-view. */
  public static final Action LIST_FIREWALL_RULES = Action.of(PREFIX, "ListFirewallRules");

  /** {@code route53globalresolver:ListGlobalResolvers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GLOBAL_RESOLVERS = Action.of(PREFIX, "ListGlobalResolvers");

  /** {@code route53globalresolver:ListHostedZoneAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HOSTED_ZONE_ASSOCIATIONS = Action.of(PREFIX, "ListHostedZoneAssociations");

  /** {@code route53globalresolver:ListManagedFirewallDomainLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_FIREWALL_DOMAIN_LISTS = Action.of(PREFIX, "ListManagedFirewallDomainLists");

  /** {@code route53globalresolver:ListTagsForResource}: Write; on access-source, access-token, dns-view, firewall-domain-list, global-resolver. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code route53globalresolver:TagResource}: Tagging; on access-source, access-token, dns-view, firewall-domain-list, global-resolver. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code route53globalresolver:UntagResource}: Tagging; on access-source, access-token, dns-view, firewall-domain-list, global-resolver. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code route53globalresolver:UpdateAccessSource}: Write; on access-source. */
  public static final Action UPDATE_ACCESS_SOURCE = Action.of(PREFIX, "UpdateAccessSource");

  /** {@code route53globalresolver:UpdateAccessToken}: Write; on access-token. */
  public static final Action UPDATE_ACCESS_TOKEN = Action.of(PREFIX, "UpdateAccessToken");

  /** {@code route53globalresolver:UpdateDNSView}: Write; on dns-view. */
  public static final Action UPDATE_DNS_VIEW = Action.of(PREFIX, "UpdateDNSView");

  /** {@code route53globalresolver:UpdateFirewallDomains}: Write; on firewall-domain-list. */
  public static final Action UPDATE_FIREWALL_DOMAINS = Action.of(PREFIX, "UpdateFirewallDomains");

  /** {@code route53globalresolver:UpdateFirewallRule}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FIREWALL_RULE = Action.of(PREFIX, "UpdateFirewallRule");

  /** {@code route53globalresolver:UpdateGlobalResolver}: Write; on global-resolver. */
  public static final Action UPDATE_GLOBAL_RESOLVER = Action.of(PREFIX, "UpdateGlobalResolver");

  /** {@code route53globalresolver:UpdateHostedZoneAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_HOSTED_ZONE_ASSOCIATION = Action.of(PREFIX, "UpdateHostedZoneAssociation");

  private Route53globalresolver() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
