// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Route 53 Resolver (prefix {@code route53resolver}), as the service authorization reference lists them.
 */
public final class Route53resolver {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53resolver";

  /** {@code route53resolver:AssociateFirewallRuleGroup}: Write; on firewall-rule-group-association. */
  public static final Action ASSOCIATE_FIREWALL_RULE_GROUP = Action.of(PREFIX, "AssociateFirewallRuleGroup");

  /** {@code route53resolver:AssociateResolverEndpointIpAddress}: Write; on resolver-endpoint. */
  public static final Action ASSOCIATE_RESOLVER_ENDPOINT_IP_ADDRESS = Action.of(PREFIX, "AssociateResolverEndpointIpAddress");

  /** {@code route53resolver:AssociateResolverQueryLogConfig}: Write; on resolver-query-log-config. */
  public static final Action ASSOCIATE_RESOLVER_QUERY_LOG_CONFIG = Action.of(PREFIX, "AssociateResolverQueryLogConfig");

  /** {@code route53resolver:AssociateResolverRule}: Write; on resolver-rule. */
  public static final Action ASSOCIATE_RESOLVER_RULE = Action.of(PREFIX, "AssociateResolverRule");

  /** {@code route53resolver:CreateFirewallDomainList}: Write; on firewall-domain-list. */
  public static final Action CREATE_FIREWALL_DOMAIN_LIST = Action.of(PREFIX, "CreateFirewallDomainList");

  /** {@code route53resolver:CreateFirewallRule}: Write; on firewall-domain-list, firewall-rule-group. */
  public static final Action CREATE_FIREWALL_RULE = Action.of(PREFIX, "CreateFirewallRule");

  /** {@code route53resolver:CreateFirewallRuleGroup}: Write; on firewall-rule-group. */
  public static final Action CREATE_FIREWALL_RULE_GROUP = Action.of(PREFIX, "CreateFirewallRuleGroup");

  /** {@code route53resolver:CreateOutpostResolver}: Write; on outpost-resolver. */
  public static final Action CREATE_OUTPOST_RESOLVER = Action.of(PREFIX, "CreateOutpostResolver");

  /** {@code route53resolver:CreateResolverEndpoint}: Write; on resolver-endpoint. */
  public static final Action CREATE_RESOLVER_ENDPOINT = Action.of(PREFIX, "CreateResolverEndpoint");

  /** {@code route53resolver:CreateResolverQueryLogConfig}: Write; on resolver-query-log-config. */
  public static final Action CREATE_RESOLVER_QUERY_LOG_CONFIG = Action.of(PREFIX, "CreateResolverQueryLogConfig");

  /** {@code route53resolver:CreateResolverRule}: Write; on resolver-rule. */
  public static final Action CREATE_RESOLVER_RULE = Action.of(PREFIX, "CreateResolverRule");

  /** {@code route53resolver:DeleteFirewallDomainList}: Write; on firewall-domain-list. */
  public static final Action DELETE_FIREWALL_DOMAIN_LIST = Action.of(PREFIX, "DeleteFirewallDomainList");

  /** {@code route53resolver:DeleteFirewallRule}: Write; on firewall-domain-list, firewall-rule-group. */
  public static final Action DELETE_FIREWALL_RULE = Action.of(PREFIX, "DeleteFirewallRule");

  /** {@code route53resolver:DeleteFirewallRuleGroup}: Write; on firewall-rule-group. */
  public static final Action DELETE_FIREWALL_RULE_GROUP = Action.of(PREFIX, "DeleteFirewallRuleGroup");

  /** {@code route53resolver:DeleteOutpostResolver}: Write; on outpost-resolver. */
  public static final Action DELETE_OUTPOST_RESOLVER = Action.of(PREFIX, "DeleteOutpostResolver");

  /** {@code route53resolver:DeleteResolverEndpoint}: Write; on resolver-endpoint. */
  public static final Action DELETE_RESOLVER_ENDPOINT = Action.of(PREFIX, "DeleteResolverEndpoint");

  /** {@code route53resolver:DeleteResolverQueryLogConfig}: Write; on resolver-query-log-config. */
  public static final Action DELETE_RESOLVER_QUERY_LOG_CONFIG = Action.of(PREFIX, "DeleteResolverQueryLogConfig");

  /** {@code route53resolver:DeleteResolverRule}: Write; on resolver-rule. */
  public static final Action DELETE_RESOLVER_RULE = Action.of(PREFIX, "DeleteResolverRule");

  /** {@code route53resolver:DisassociateFirewallRuleGroup}: Write; on firewall-rule-group-association. */
  public static final Action DISASSOCIATE_FIREWALL_RULE_GROUP = Action.of(PREFIX, "DisassociateFirewallRuleGroup");

  /** {@code route53resolver:DisassociateResolverEndpointIpAddress}: Write; on resolver-endpoint. */
  public static final Action DISASSOCIATE_RESOLVER_ENDPOINT_IP_ADDRESS = Action.of(PREFIX, "DisassociateResolverEndpointIpAddress");

  /** {@code route53resolver:DisassociateResolverQueryLogConfig}: Write; on resolver-query-log-config. */
  public static final Action DISASSOCIATE_RESOLVER_QUERY_LOG_CONFIG = Action.of(PREFIX, "DisassociateResolverQueryLogConfig");

  /** {@code route53resolver:DisassociateResolverRule}: Write; on resolver-rule. */
  public static final Action DISASSOCIATE_RESOLVER_RULE = Action.of(PREFIX, "DisassociateResolverRule");

  /** {@code route53resolver:GetFirewallConfig}: Read; on firewall-config. */
  public static final Action GET_FIREWALL_CONFIG = Action.of(PREFIX, "GetFirewallConfig");

  /** {@code route53resolver:GetFirewallDomainList}: Read; on firewall-domain-list. */
  public static final Action GET_FIREWALL_DOMAIN_LIST = Action.of(PREFIX, "GetFirewallDomainList");

  /** {@code route53resolver:GetFirewallRuleGroup}: Read; on firewall-rule-group. */
  public static final Action GET_FIREWALL_RULE_GROUP = Action.of(PREFIX, "GetFirewallRuleGroup");

  /** {@code route53resolver:GetFirewallRuleGroupAssociation}: Read; on firewall-rule-group-association. */
  public static final Action GET_FIREWALL_RULE_GROUP_ASSOCIATION = Action.of(PREFIX, "GetFirewallRuleGroupAssociation");

  /** {@code route53resolver:GetFirewallRuleGroupPolicy}: Read; on firewall-rule-group. */
  public static final Action GET_FIREWALL_RULE_GROUP_POLICY = Action.of(PREFIX, "GetFirewallRuleGroupPolicy");

  /** {@code route53resolver:GetOutpostResolver}: Read; on outpost-resolver. */
  public static final Action GET_OUTPOST_RESOLVER = Action.of(PREFIX, "GetOutpostResolver");

  /** {@code route53resolver:GetResolverConfig}: Read; on resolver-config. */
  public static final Action GET_RESOLVER_CONFIG = Action.of(PREFIX, "GetResolverConfig");

  /** {@code route53resolver:GetResolverDnssecConfig}: Read; on resolver-dnssec-config. */
  public static final Action GET_RESOLVER_DNSSEC_CONFIG = Action.of(PREFIX, "GetResolverDnssecConfig");

  /** {@code route53resolver:GetResolverEndpoint}: Read; on resolver-endpoint. */
  public static final Action GET_RESOLVER_ENDPOINT = Action.of(PREFIX, "GetResolverEndpoint");

  /** {@code route53resolver:GetResolverQueryLogConfig}: Read; on resolver-query-log-config. */
  public static final Action GET_RESOLVER_QUERY_LOG_CONFIG = Action.of(PREFIX, "GetResolverQueryLogConfig");

  /** {@code route53resolver:GetResolverQueryLogConfigAssociation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOLVER_QUERY_LOG_CONFIG_ASSOCIATION = Action.of(PREFIX, "GetResolverQueryLogConfigAssociation");

  /** {@code route53resolver:GetResolverQueryLogConfigPolicy}: Read; on resolver-query-log-config. */
  public static final Action GET_RESOLVER_QUERY_LOG_CONFIG_POLICY = Action.of(PREFIX, "GetResolverQueryLogConfigPolicy");

  /** {@code route53resolver:GetResolverRule}: Read; on autodefined-rule, resolver-rule. */
  public static final Action GET_RESOLVER_RULE = Action.of(PREFIX, "GetResolverRule");

  /** {@code route53resolver:GetResolverRuleAssociation}: Read; on autodefined-rule, resolver-rule. */
  public static final Action GET_RESOLVER_RULE_ASSOCIATION = Action.of(PREFIX, "GetResolverRuleAssociation");

  /** {@code route53resolver:GetResolverRulePolicy}: Read; on resolver-rule. */
  public static final Action GET_RESOLVER_RULE_POLICY = Action.of(PREFIX, "GetResolverRulePolicy");

  /** {@code route53resolver:ImportFirewallDomains}: Write; on firewall-domain-list. */
  public static final Action IMPORT_FIREWALL_DOMAINS = Action.of(PREFIX, "ImportFirewallDomains");

  /** {@code route53resolver:ListFirewallConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FIREWALL_CONFIGS = Action.of(PREFIX, "ListFirewallConfigs");

  /** {@code route53resolver:ListFirewallDomainLists}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FIREWALL_DOMAIN_LISTS = Action.of(PREFIX, "ListFirewallDomainLists");

  /** {@code route53resolver:ListFirewallDomains}: List; on firewall-domain-list. */
  public static final Action LIST_FIREWALL_DOMAINS = Action.of(PREFIX, "ListFirewallDomains");

  /** {@code route53resolver:ListFirewallRuleGroupAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FIREWALL_RULE_GROUP_ASSOCIATIONS = Action.of(PREFIX, "ListFirewallRuleGroupAssociations");

  /** {@code route53resolver:ListFirewallRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FIREWALL_RULE_GROUPS = Action.of(PREFIX, "ListFirewallRuleGroups");

  /** {@code route53resolver:ListFirewallRules}: List; on firewall-rule-group. */
  public static final Action LIST_FIREWALL_RULES = Action.of(PREFIX, "ListFirewallRules");

  /** {@code route53resolver:ListOutpostResolvers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OUTPOST_RESOLVERS = Action.of(PREFIX, "ListOutpostResolvers");

  /** {@code route53resolver:ListResolverConfigs}: List; on resolver-config. */
  public static final Action LIST_RESOLVER_CONFIGS = Action.of(PREFIX, "ListResolverConfigs");

  /** {@code route53resolver:ListResolverDnssecConfigs}: List; on resolver-dnssec-config. */
  public static final Action LIST_RESOLVER_DNSSEC_CONFIGS = Action.of(PREFIX, "ListResolverDnssecConfigs");

  /** {@code route53resolver:ListResolverEndpointIpAddresses}: List; on resolver-endpoint. */
  public static final Action LIST_RESOLVER_ENDPOINT_IP_ADDRESSES = Action.of(PREFIX, "ListResolverEndpointIpAddresses");

  /** {@code route53resolver:ListResolverEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOLVER_ENDPOINTS = Action.of(PREFIX, "ListResolverEndpoints");

  /** {@code route53resolver:ListResolverQueryLogConfigAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOLVER_QUERY_LOG_CONFIG_ASSOCIATIONS = Action.of(PREFIX, "ListResolverQueryLogConfigAssociations");

  /** {@code route53resolver:ListResolverQueryLogConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOLVER_QUERY_LOG_CONFIGS = Action.of(PREFIX, "ListResolverQueryLogConfigs");

  /** {@code route53resolver:ListResolverRuleAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOLVER_RULE_ASSOCIATIONS = Action.of(PREFIX, "ListResolverRuleAssociations");

  /** {@code route53resolver:ListResolverRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOLVER_RULES = Action.of(PREFIX, "ListResolverRules");

  /** {@code route53resolver:ListTagsForResource}: Read; on firewall-domain-list, firewall-rule-group, firewall-rule-group-association, outpost-resolver, resolver-endpoint, resolver-query-log-config, resolver-rule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code route53resolver:PutFirewallRuleGroupPolicy}: Permissions management; on firewall-rule-group. */
  public static final Action PUT_FIREWALL_RULE_GROUP_POLICY = Action.of(PREFIX, "PutFirewallRuleGroupPolicy");

  /** {@code route53resolver:PutResolverQueryLogConfigPolicy}: Permissions management; on resolver-query-log-config. */
  public static final Action PUT_RESOLVER_QUERY_LOG_CONFIG_POLICY = Action.of(PREFIX, "PutResolverQueryLogConfigPolicy");

  /** {@code route53resolver:PutResolverRulePolicy}: Permissions management; on resolver-rule. */
  public static final Action PUT_RESOLVER_RULE_POLICY = Action.of(PREFIX, "PutResolverRulePolicy");

  /** {@code route53resolver:TagResource}: Tagging; on firewall-config, firewall-domain-list, firewall-rule-group, firewall-rule-group-association, outpost-resolver, resolver-dnssec-config, resolver-endpoint, resolver-query-log-config, resolver-rule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code route53resolver:UntagResource}: Tagging; on firewall-config, firewall-domain-list, firewall-rule-group, firewall-rule-group-association, outpost-resolver, resolver-dnssec-config, resolver-endpoint, resolver-query-log-config, resolver-rule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code route53resolver:UpdateFirewallConfig}: Write; on firewall-config. */
  public static final Action UPDATE_FIREWALL_CONFIG = Action.of(PREFIX, "UpdateFirewallConfig");

  /** {@code route53resolver:UpdateFirewallDomains}: Write; on firewall-domain-list. */
  public static final Action UPDATE_FIREWALL_DOMAINS = Action.of(PREFIX, "UpdateFirewallDomains");

  /** {@code route53resolver:UpdateFirewallRule}: Write; on firewall-domain-list, firewall-rule-group. */
  public static final Action UPDATE_FIREWALL_RULE = Action.of(PREFIX, "UpdateFirewallRule");

  /** {@code route53resolver:UpdateFirewallRuleGroupAssociation}: Write; on firewall-rule-group-association. */
  public static final Action UPDATE_FIREWALL_RULE_GROUP_ASSOCIATION = Action.of(PREFIX, "UpdateFirewallRuleGroupAssociation");

  /** {@code route53resolver:UpdateOutpostResolver}: Write; on outpost-resolver. */
  public static final Action UPDATE_OUTPOST_RESOLVER = Action.of(PREFIX, "UpdateOutpostResolver");

  /** {@code route53resolver:UpdateResolverConfig}: Write; on resolver-config. */
  public static final Action UPDATE_RESOLVER_CONFIG = Action.of(PREFIX, "UpdateResolverConfig");

  /** {@code route53resolver:UpdateResolverDnssecConfig}: Write; on resolver-dnssec-config. */
  public static final Action UPDATE_RESOLVER_DNSSEC_CONFIG = Action.of(PREFIX, "UpdateResolverDnssecConfig");

  /** {@code route53resolver:UpdateResolverEndpoint}: Write; on resolver-endpoint. */
  public static final Action UPDATE_RESOLVER_ENDPOINT = Action.of(PREFIX, "UpdateResolverEndpoint");

  /** {@code route53resolver:UpdateResolverRule}: Write; on resolver-rule. */
  public static final Action UPDATE_RESOLVER_RULE = Action.of(PREFIX, "UpdateResolverRule");

  private Route53resolver() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
