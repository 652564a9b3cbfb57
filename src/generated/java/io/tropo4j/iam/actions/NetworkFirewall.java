// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Network Firewall (prefix {@code network-firewall}), as the service authorization reference lists them.
 */
public final class NetworkFirewall {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "network-firewall";

  /** {@code network-firewall:AcceptNetworkFirewallTransitGatewayAttachment}: Write; on Firewall. */
  public static final Action ACCEPT_NETWORK_FIREWALL_TRANSIT_GATEWAY_ATTACHMENT = Action.of(PREFIX, "AcceptNetworkFirewallTransitGatewayAttachment");

  /** {@code network-firewall:AssociateAvailabilityZones}: Write; on Firewall. */
  public static final Action ASSOCIATE_AVAILABILITY_ZONES = Action.of(PREFIX, "AssociateAvailabilityZones");

  /** {@code network-firewall:AssociateFirewallPolicy}: Write; on Firewall, FirewallPolicy. */
  public static final Action ASSOCIATE_FIREWALL_POLICY = Action.of(PREFIX, "AssociateFirewallPolicy");

  /** {@code network-firewall:AssociateSubnets}: Write; on Firewall. */
  public static final Action ASSOCIATE_SUBNETS = Action.of(PREFIX, "AssociateSubnets");

  /** {@code network-firewall:AttachRuleGroupsToProxyConfiguration}: Write; on ProxyConfiguration, ProxyRuleGroup. */
  public static final Action ATTACH_RULE_GROUPS_TO_PROXY_CONFIGURATION = Action.of(PREFIX, "AttachRuleGroupsToProxyConfiguration");

  /** {@code network-firewall:CreateFirewall}: Write; on Firewall, FirewallPolicy. */
  public static final Action CREATE_FIREWALL = Action.of(PREFIX, "CreateFirewall");

  /** {@code network-firewall:CreateFirewallPolicy}: Write; on FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration. */
  public static final Action CREATE_FIREWALL_POLICY = Action.of(PREFIX, "CreateFirewallPolicy");

  /** {@code network-firewall:CreateProxy}: Write; on Proxy, ProxyConfiguration. */
  public static final Action CREATE_PROXY = Action.of(PREFIX, "CreateProxy");

  /** {@code network-firewall:CreateProxyConfiguration}: Write; on ProxyConfiguration, ProxyRuleGroup. */
  public static final Action CREATE_PROXY_CONFIGURATION = Action.of(PREFIX, "CreateProxyConfiguration");

  /** {@code network-firewall:CreateProxyRuleGroup}: Write; on ProxyRuleGroup. */
  public static final Action CREATE_PROXY_RULE_GROUP = Action.of(PREFIX, "CreateProxyRuleGroup");

  /** {@code network-firewall:CreateProxyRules}: Write; on ProxyRuleGroup. */
  public static final Action CREATE_PROXY_RULES = Action.of(PREFIX, "CreateProxyRules");

  /** {@code network-firewall:CreateRuleGroup}: Write; on StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action CREATE_RULE_GROUP = Action.of(PREFIX, "CreateRuleGroup");

  /** {@code network-firewall:CreateTLSInspectionConfiguration}: Write; on TLSInspectionConfiguration. */
  public static final Action CREATE_TLS_INSPECTION_CONFIGURATION = Action.of(PREFIX, "CreateTLSInspectionConfiguration");

  /** {@code network-firewall:CreateVpcEndpointAssociation}: Write; on Firewall, VpcEndpointAssociation. */
  public static final Action CREATE_VPC_ENDPOINT_ASSOCIATION = Action.of(PREFIX, "CreateVpcEndpointAssociation");

  /** {@code network-firewall:DeleteFirewall}: Write; on Firewall. */
  public static final Action DELETE_FIREWALL = Action.of(PREFIX, "DeleteFirewall");

  /** {@code network-firewall:DeleteFirewallPolicy}: Write; on FirewallPolicy. */
  public static final Action DELETE_FIREWALL_POLICY = Action.of(PREFIX, "DeleteFirewallPolicy");

  /** {@code network-firewall:DeleteNetworkFirewallTransitGatewayAttachment}: Write; on Firewall. */
  public static final Action DELETE_NETWORK_FIREWALL_TRANSIT_GATEWAY_ATTACHMENT = Action.of(PREFIX, "DeleteNetworkFirewallTransitGatewayAttachment");

  /** {@code network-firewall:DeleteProxy}: Write; on Proxy. */
  public static final Action DELETE_PROXY = Action.of(PREFIX, "DeleteProxy");

  /** {@code network-firewall:DeleteProxyConfiguration}: Write; on ProxyConfiguration. */
  public static final Action DELETE_PROXY_CONFIGURATION = Action.of(PREFIX, "DeleteProxyConfiguration");

  /** {@code network-firewall:DeleteProxyRuleGroup}: Write; on ProxyRuleGroup. */
  public static final Action DELETE_PROXY_RULE_GROUP = Action.of(PREFIX, "DeleteProxyRuleGroup");

  /** {@code network-firewall:DeleteProxyRules}: Write; on ProxyRuleGroup. */
  public static final Action DELETE_PROXY_RULES = Action.of(PREFIX, "DeleteProxyRules");

  /** {@code network-firewall:DeleteResourcePolicy}: Write; on Firewall, FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code network-firewall:DeleteRuleGroup}: Write; on StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action DELETE_RULE_GROUP = Action.of(PREFIX, "DeleteRuleGroup");

  /** {@code network-firewall:DeleteTLSInspectionConfiguration}: Write; on TLSInspectionConfiguration. */
  public static final Action DELETE_TLS_INSPECTION_CONFIGURATION = Action.of(PREFIX, "DeleteTLSInspectionConfiguration");

  /** {@code network-firewall:DeleteVpcEndpointAssociation}: Write; on VpcEndpointAssociation. */
  public static final Action DELETE_VPC_ENDPOINT_ASSOCIATION = Action.of(PREFIX, "DeleteVpcEndpointAssociation");

  /** {@code network-firewall:DescribeFirewall}: Read; on Firewall. */
  public static final Action DESCRIBE_FIREWALL = Action.of(PREFIX, "DescribeFirewall");

  /** {@code network-firewall:DescribeFirewallMetadata}: Read; on Firewall. */
  public static final Action DESCRIBE_FIREWALL_METADATA = Action.of(PREFIX, "DescribeFirewallMetadata");

  /** {@code network-firewall:DescribeFirewallPolicy}: Read; on FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration. */
  public static final Action DESCRIBE_FIREWALL_POLICY = Action.of(PREFIX, "DescribeFirewallPolicy");

  /** {@code network-firewall:DescribeFlowOperation}: Read; on Firewall. */
  public static final Action DESCRIBE_FLOW_OPERATION = Action.of(PREFIX, "DescribeFlowOperation");

  /** {@code network-firewall:DescribeLoggingConfiguration}: Read; on Firewall. */
  public static final Action DESCRIBE_LOGGING_CONFIGURATION = Action.of(PREFIX, "DescribeLoggingConfiguration");

  /** {@code network-firewall:DescribeProxy}: Read; on Proxy. */
  public static final Action DESCRIBE_PROXY = Action.of(PREFIX, "DescribeProxy");

  /** {@code network-firewall:DescribeProxyConfiguration}: Read; on ProxyConfiguration. */
  public static final Action DESCRIBE_PROXY_CONFIGURATION = Action.of(PREFIX, "DescribeProxyConfiguration");

  /** {@code network-firewall:DescribeProxyRule}: Read; on ProxyRuleGroup. */
  public static final Action DESCRIBE_PROXY_RULE = Action.of(PREFIX, "DescribeProxyRule");

  /** {@code network-firewall:DescribeProxyRuleGroup}: Read; on ProxyRuleGroup. */
  public static final Action DESCRIBE_PROXY_RULE_GROUP = Action.of(PREFIX, "DescribeProxyRuleGroup");

  /** {@code network-firewall:DescribeResourcePolicy}: Read; on Firewall, FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action DESCRIBE_RESOURCE_POLICY = Action.of(PREFIX, "DescribeResourcePolicy");

  /** {@code network-firewall:DescribeRuleGroup}: Read; on StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action DESCRIBE_RULE_GROUP = Action.of(PREFIX, "DescribeRuleGroup");

  /** {@code network-firewall:DescribeRuleGroupMetadata}: Read; on StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action DESCRIBE_RULE_GROUP_METADATA = Action.of(PREFIX, "DescribeRuleGroupMetadata");

  /** {@code network-firewall:DescribeRuleGroupSummary}: Read; on StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action DESCRIBE_RULE_GROUP_SUMMARY = Action.of(PREFIX, "DescribeRuleGroupSummary");

  /** {@code network-firewall:DescribeTLSInspectionConfiguration}: Read; on TLSInspectionConfiguration. */
  public static final Action DESCRIBE_TLS_INSPECTION_CONFIGURATION = Action.of(PREFIX, "DescribeTLSInspectionConfiguration");

  /** {@code network-firewall:DescribeVpcEndpointAssociation}: Read; on VpcEndpointAssociation. */
  public static final Action DESCRIBE_VPC_ENDPOINT_ASSOCIATION = Action.of(PREFIX, "DescribeVpcEndpointAssociation");

  /** {@code network-firewall:DetachRuleGroupsFromProxyConfiguration}: Write; on ProxyConfiguration, ProxyRuleGroup. */
  public static final Action DETACH_RULE_GROUPS_FROM_PROXY_CONFIGURATION = Action.of(PREFIX, "DetachRuleGroupsFromProxyConfiguration");

  /** {@code network-firewall:DisassociateAvailabilityZones}: Write; on Firewall. */
  public static final Action DISASSOCIATE_AVAILABILITY_ZONES = Action.of(PREFIX, "DisassociateAvailabilityZones");

  /** {@code network-firewall:DisassociateSubnets}: Write; on Firewall. */
  public static final Action DISASSOCIATE_SUBNETS = Action.of(PREFIX, "DisassociateSubnets");

  /** {@code network-firewall:GetAnalysisReportResults}: Read; on Firewall. */
  public static final Action GET_ANALYSIS_REPORT_RESULTS = Action.of(PREFIX, "GetAnalysisReportResults");

  /** {@code network-firewall:ListAnalysisReports}: List; on Firewall. */
  public static final Action LIST_ANALYSIS_REPORTS = Action.of(PREFIX, "ListAnalysisReports");

  /** {@code network-firewall:ListFirewallPolicies}: List; on FirewallPolicy. */
  public static final Action LIST_FIREWALL_POLICIES = Action.of(PREFIX, "ListFirewallPolicies");

  /** {@code network-firewall:ListFirewalls}: List; on Firewall. */
  public static final Action LIST_FIREWALLS = Action.of(PREFIX, "ListFirewalls");

  /** {@code network-firewall:ListFlowOperationResults}: Read; on Firewall. */
  public static final Action LIST_FLOW_OPERATION_RESULTS = Action.of(PREFIX, "ListFlowOperationResults");

  /** {@code network-firewall:ListFlowOperations}: List; on Firewall. */
  public static final Action LIST_FLOW_OPERATIONS = Action.of(PREFIX, "ListFlowOperations");

  /** {@code network-firewall:ListProxies}: List; on Proxy. */
  public static final Action LIST_PROXIES = Action.of(PREFIX, "ListProxies");

  /** {@code network-firewall:ListProxyConfigurations}: List; on ProxyConfiguration. */
  public static final Action LIST_PROXY_CONFIGURATIONS = Action.of(PREFIX, "ListProxyConfigurations");

  /** {@code network-firewall:ListProxyRuleGroups}: List; on ProxyRuleGroup. */
  public static final Action LIST_PROXY_RULE_GROUPS = Action.of(PREFIX, "ListProxyRuleGroups");

  /** {@code network-firewall:ListRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULE_GROUPS = Action.of(PREFIX, "ListRuleGroups");

  /** {@code network-firewall:ListTLSInspectionConfigurations}: List; on TLSInspectionConfiguration. */
  public static final Action LIST_TLS_INSPECTION_CONFIGURATIONS = Action.of(PREFIX, "ListTLSInspectionConfigurations");

  /** {@code network-firewall:ListTagsForResource}: List; on Firewall, FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration, VpcEndpointAssociation. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code network-firewall:ListVpcEndpointAssociations}: List; on VpcEndpointAssociation. */
  public static final Action LIST_VPC_ENDPOINT_ASSOCIATIONS = Action.of(PREFIX, "ListVpcEndpointAssociations");

  /** {@code network-firewall:PutResourcePolicy}: Write; on Firewall, FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code network-firewall:RejectNetworkFirewallTransitGatewayAttachment}: Write; on Firewall. */
  public static final Action REJECT_NETWORK_FIREWALL_TRANSIT_GATEWAY_ATTACHMENT = Action.of(PREFIX, "RejectNetworkFirewallTransitGatewayAttachment");

  /** {@code network-firewall:StartAnalysisReport}: Write; on Firewall. */
  public static final Action START_ANALYSIS_REPORT = Action.of(PREFIX, "StartAnalysisReport");

  /** {@code network-firewall:StartFlowCapture}: Write; on Firewall. */
  public static final Action START_FLOW_CAPTURE = Action.of(PREFIX, "StartFlowCapture");

  /** {@code network-firewall:StartFlowFlush}: Write; on Firewall. */
  public static final Action START_FLOW_FLUSH = Action.of(PREFIX, "StartFlowFlush");

  /** {@code network-firewall:TagResource}: Tagging; on Firewall, FirewallPolicy, Proxy, ProxyConfiguration, ProxyRuleGroup, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration, VpcEndpointAssociation. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code network-firewall:UntagResource}: Tagging; on Firewall, FirewallPolicy, Proxy, ProxyConfiguration, ProxyRuleGroup, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration, VpcEndpointAssociation. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code network-firewall:UpdateAvailabilityZoneChangeProtection}: Write; on Firewall. */
  public static final Action UPDATE_AVAILABILITY_ZONE_CHANGE_PROTECTION = Action.of(PREFIX, "UpdateAvailabilityZoneChangeProtection");

  /** {@code network-firewall:UpdateFirewallAnalysisSettings}: Write; on Firewall. */
  public static final Action UPDATE_FIREWALL_ANALYSIS_SETTINGS = Action.of(PREFIX, "UpdateFirewallAnalysisSettings");

  /** {@code network-firewall:UpdateFirewallDeleteProtection}: Write; on Firewall. */
  public static final Action UPDATE_FIREWALL_DELETE_PROTECTION = Action.of(PREFIX, "UpdateFirewallDeleteProtection");

  /** {@code network-firewall:UpdateFirewallDescription}: Write; on Firewall. */
  public static final Action UPDATE_FIREWALL_DESCRIPTION = Action.of(PREFIX, "UpdateFirewallDescription");

  /** {@code network-firewall:UpdateFirewallEncryptionConfiguration}: Write; on Firewall. */
  public static final Action UPDATE_FIREWALL_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "UpdateFirewallEncryptionConfiguration");

  /** {@code network-firewall:UpdateFirewallPolicy}: Write; on FirewallPolicy, StatefulRuleGroup, StatelessRuleGroup, TLSInspectionConfiguration. */
  public static final Action UPDATE_FIREWALL_POLICY = Action.of(PREFIX, "UpdateFirewallPolicy");

  /** {@code network-firewall:UpdateFirewallPolicyChangeProtection}: Write; on Firewall. */
  public static final Action UPDATE_FIREWALL_POLICY_CHANGE_PROTECTION = Action.of(PREFIX, "UpdateFirewallPolicyChangeProtection");

  /** {@code network-firewall:UpdateLoggingConfiguration}: Write; on Firewall. */
  public static final Action UPDATE_LOGGING_CONFIGURATION = Action.of(PREFIX, "UpdateLoggingConfiguration");

  /** {@code network-firewall:UpdateProxy}: Write; on Proxy. */
  public static final Action UPDATE_PROXY = Action.of(PREFIX, "UpdateProxy");

  /** {@code network-firewall:UpdateProxyConfiguration}: Write; on ProxyConfiguration. */
  public static final Action UPDATE_PROXY_CONFIGURATION = Action.of(PREFIX, "UpdateProxyConfiguration");

  /** {@code network-firewall:UpdateProxyRule}: Write; on ProxyRuleGroup. */
  public static final Action UPDATE_PROXY_RULE = Action.of(PREFIX, "UpdateProxyRule");

  /** {@code network-firewall:UpdateProxyRuleGroupPriorities}: Write; on ProxyConfiguration. */
  public static final Action UPDATE_PROXY_RULE_GROUP_PRIORITIES = Action.of(PREFIX, "UpdateProxyRuleGroupPriorities");

  /** {@code network-firewall:UpdateProxyRulePriorities}: Write; on ProxyRuleGroup. */
  public static final Action UPDATE_PROXY_RULE_PRIORITIES = Action.of(PREFIX, "UpdateProxyRulePriorities");

  /** {@code network-firewall:UpdateRuleGroup}: Write; on StatefulRuleGroup, StatelessRuleGroup. */
  public static final Action UPDATE_RULE_GROUP = Action.of(PREFIX, "UpdateRuleGroup");

  /** {@code network-firewall:UpdateSubnetChangeProtection}: Write; on Firewall. */
  public static final Action UPDATE_SUBNET_CHANGE_PROTECTION = Action.of(PREFIX, "UpdateSubnetChangeProtection");

  /** {@code network-firewall:UpdateTLSInspectionConfiguration}: Write; on TLSInspectionConfiguration. */
  public static final Action UPDATE_TLS_INSPECTION_CONFIGURATION = Action.of(PREFIX, "UpdateTLSInspectionConfiguration");

  private NetworkFirewall() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
