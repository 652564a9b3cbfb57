// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS WAF V2 (prefix {@code wafv2}), as the service authorization reference lists them.
 */
public final class Wafv2 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "wafv2";

  /** {@code wafv2:AssociateWebACL}: Write; on amplify-app, apigateway, apprunner, appsync, loadbalancer/app/, userpool, verified-access-instance, webacl. */
  public static final Action ASSOCIATE_WEB_ACL = Action.of(PREFIX, "AssociateWebACL");

  /** {@code wafv2:CheckCapacity}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_CAPACITY = Action.of(PREFIX, "CheckCapacity");

  /** {@code wafv2:CreateAPIKey}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_API_KEY = Action.of(PREFIX, "CreateAPIKey");

  /** {@code wafv2:CreateIPSet}: Write; on ipset. */
  public static final Action CREATE_IP_SET = Action.of(PREFIX, "CreateIPSet");

  /** {@code wafv2:CreateRegexPatternSet}: Write; on regexpatternset. */
  public static final Action CREATE_REGEX_PATTERN_SET = Action.of(PREFIX, "CreateRegexPatternSet");

  /** {@code wafv2:CreateRuleGroup}: Write; on ipset, regexpatternset, rulegroup. */
  public static final Action CREATE_RULE_GROUP = Action.of(PREFIX, "CreateRuleGroup");

  /** {@code wafv2:CreateWebACL}: Write; on ipset, managedruleset, regexpatternset, rulegroup, webacl. */
  public static final Action CREATE_WEB_ACL = Action.of(PREFIX, "CreateWebACL");

  /** {@code wafv2:DeleteAPIKey}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_API_KEY = Action.of(PREFIX, "DeleteAPIKey");

  /** {@code wafv2:DeleteFirewallManagerRuleGroups}: Write; on webacl. */
  public static final Action DELETE_FIREWALL_MANAGER_RULE_GROUPS = Action.of(PREFIX, "DeleteFirewallManagerRuleGroups");

  /** {@code wafv2:DeleteIPSet}: Write; on ipset. */
  public static final Action DELETE_IP_SET = Action.of(PREFIX, "DeleteIPSet");

  /** {@code wafv2:DeleteLoggingConfiguration}: Write; on webacl. */
  public static final Action DELETE_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteLoggingConfiguration");

  /** {@code wafv2:DeletePermissionPolicy}: Permissions management; on rulegroup. */
  public static final Action DELETE_PERMISSION_POLICY = Action.of(PREFIX, "DeletePermissionPolicy");

  /** {@code wafv2:DeleteRegexPatternSet}: Write; on regexpatternset. */
  public static final Action DELETE_REGEX_PATTERN_SET = Action.of(PREFIX, "DeleteRegexPatternSet");

  /** {@code wafv2:DeleteRuleGroup}: Write; on rulegroup. */
  public static final Action DELETE_RULE_GROUP = Action.of(PREFIX, "DeleteRuleGroup");

  /** {@code wafv2:DeleteWebACL}: Write; on webacl. */
  public static final Action DELETE_WEB_ACL = Action.of(PREFIX, "DeleteWebACL");

  /** {@code wafv2:DescribeAllManagedProducts}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ALL_MANAGED_PRODUCTS = Action.of(PREFIX, "DescribeAllManagedProducts");

  /** {@code wafv2:DescribeManagedProductsByVendor}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MANAGED_PRODUCTS_BY_VENDOR = Action.of(PREFIX, "DescribeManagedProductsByVendor");

  /** {@code wafv2:DescribeManagedRuleGroup}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MANAGED_RULE_GROUP = Action.of(PREFIX, "DescribeManagedRuleGroup");

  /** {@code wafv2:DisassociateFirewallManager}: Write; on webacl. */
  public static final Action DISASSOCIATE_FIREWALL_MANAGER = Action.of(PREFIX, "DisassociateFirewallManager");

  /** {@code wafv2:DisassociateWebACL}: Write; on amplify-app, apigateway, apprunner, appsync, loadbalancer/app/, userpool, verified-access-instance. */
  public static final Action DISASSOCIATE_WEB_ACL = Action.of(PREFIX, "DisassociateWebACL");

  /** {@code wafv2:GenerateMobileSdkReleaseUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_MOBILE_SDK_RELEASE_URL = Action.of(PREFIX, "GenerateMobileSdkReleaseUrl");

  /** {@code wafv2:GetDecryptedAPIKey}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DECRYPTED_API_KEY = Action.of(PREFIX, "GetDecryptedAPIKey");

  /** {@code wafv2:GetIPSet}: Read; on ipset. */
  public static final Action GET_IP_SET = Action.of(PREFIX, "GetIPSet");

  /** {@code wafv2:GetLoggingConfiguration}: Read; on webacl. */
  public static final Action GET_LOGGING_CONFIGURATION = Action.of(PREFIX, "GetLoggingConfiguration");

  /** {@code wafv2:GetManagedRuleSet}: Read; on managedruleset. */
  public static final Action GET_MANAGED_RULE_SET = Action.of(PREFIX, "GetManagedRuleSet");

  /** {@code wafv2:GetMobileSdkRelease}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MOBILE_SDK_RELEASE = Action.of(PREFIX, "GetMobileSdkRelease");

  /** {@code wafv2:GetPermissionPolicy}: Read; on rulegroup. */
  public static final Action GET_PERMISSION_POLICY = Action.of(PREFIX, "GetPermissionPolicy");

  /** {@code wafv2:GetRateBasedStatementManagedKeys}: Read; on webacl. */
  public static final Action GET_RATE_BASED_STATEMENT_MANAGED_KEYS = Action.of(PREFIX, "GetRateBasedStatementManagedKeys");

  /** {@code wafv2:GetRegexPatternSet}: Read; on regexpatternset. */
  public static final Action GET_REGEX_PATTERN_SET = Action.of(PREFIX, "GetRegexPatternSet");

  /** {@code wafv2:GetRuleGroup}: Read; on rulegroup. */
  public static final Action GET_RULE_GROUP = Action.of(PREFIX, "GetRuleGroup");

  /** {@code wafv2:GetSampledRequests}: Read; on webacl. */
  public static final Action GET_SAMPLED_REQUESTS = Action.of(PREFIX, "GetSampledRequests");

  /** {@code wafv2:GetTopPathStatisticsByTraffic}: Read; on webacl. */
  public static final Action GET_TOP_PATH_STATISTICS_BY_TRAFFIC = Action.of(PREFIX, "GetTopPathStatisticsByTraffic");

  /** {@code wafv2:GetWebACL}: Read; on webacl. */
  public static final Action GET_WEB_ACL = Action.of(PREFIX, "GetWebACL");

  /** {@code wafv2:GetWebACLForResource}: Read; on amplify-app, apigateway, apprunner, appsync, loadbalancer/app/, userpool, verified-access-instance, webacl. */
  public static final Action GET_WEB_ACL_FOR_RESOURCE = Action.of(PREFIX, "GetWebACLForResource");

  /** {@code wafv2:ListAPIKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_API_KEYS = Action.of(PREFIX, "ListAPIKeys");

  /** {@code wafv2:ListAvailableManagedRuleGroupVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AVAILABLE_MANAGED_RULE_GROUP_VERSIONS = Action.of(PREFIX, "ListAvailableManagedRuleGroupVersions");

  /** {@code wafv2:ListAvailableManagedRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AVAILABLE_MANAGED_RULE_GROUPS = Action.of(PREFIX, "ListAvailableManagedRuleGroups");

  /** {@code wafv2:ListIPSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IP_SETS = Action.of(PREFIX, "ListIPSets");

  /** {@code wafv2:ListLoggingConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOGGING_CONFIGURATIONS = Action.of(PREFIX, "ListLoggingConfigurations");

  /** {@code wafv2:ListManagedRuleSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_RULE_SETS = Action.of(PREFIX, "ListManagedRuleSets");

  /** {@code wafv2:ListMobileSdkReleases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MOBILE_SDK_RELEASES = Action.of(PREFIX, "ListMobileSdkReleases");

  /** {@code wafv2:ListRegexPatternSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGEX_PATTERN_SETS = Action.of(PREFIX, "ListRegexPatternSets");

  /** {@code wafv2:ListResourcesForWebACL}: List; on amplify-app, apprunner, userpool, verified-access-instance, webacl. */
  public static final Action LIST_RESOURCES_FOR_WEB_ACL = Action.of(PREFIX, "ListResourcesForWebACL");

  /** {@code wafv2:ListRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULE_GROUPS = Action.of(PREFIX, "ListRuleGroups");

  /** {@code wafv2:ListTagsForResource}: Read; on ipset, regexpatternset, rulegroup, webacl. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code wafv2:ListWebACLs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WEB_AC_LS = Action.of(PREFIX, "ListWebACLs");

  /** {@code wafv2:PutFirewallManagerRuleGroups}: Write; on webacl. */
  public static final Action PUT_FIREWALL_MANAGER_RULE_GROUPS = Action.of(PREFIX, "PutFirewallManagerRuleGroups");

  /** {@code wafv2:PutLoggingConfiguration}: Write; on webacl. */
  public static final Action PUT_LOGGING_CONFIGURATION = Action.of(PREFIX, "PutLoggingConfiguration");

  /** {@code wafv2:PutManagedRuleSetVersions}: Write; on managedruleset, rulegroup. */
  public static final Action PUT_MANAGED_RULE_SET_VERSIONS = Action.of(PREFIX, "PutManagedRuleSetVersions");

  /** {@code wafv2:PutPermissionPolicy}: Permissions management; on rulegroup. */
  public static final Action PUT_PERMISSION_POLICY = Action.of(PREFIX, "PutPermissionPolicy");

  /** {@code wafv2:TagResource}: Tagging; on ipset, regexpatternset, rulegroup, webacl. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code wafv2:UntagResource}: Tagging; on ipset, regexpatternset, rulegroup, webacl. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code wafv2:UpdateIPSet}: Write; on ipset. */
  public static final Action UPDATE_IP_SET = Action.of(PREFIX, "UpdateIPSet");

  /** {@code wafv2:UpdateManagedRuleSetVersionExpiryDate}: Write; on managedruleset. */
  public static final Action UPDATE_MANAGED_RULE_SET_VERSION_EXPIRY_DATE = Action.of(PREFIX, "UpdateManagedRuleSetVersionExpiryDate");

  /** {@code wafv2:UpdateRegexPatternSet}: Write; on regexpatternset. */
  public static final Action UPDATE_REGEX_PATTERN_SET = Action.of(PREFIX, "UpdateRegexPatternSet");

  /** {@code wafv2:UpdateRuleGroup}: Write; on ipset, regexpatternset, rulegroup. */
  public static final Action UPDATE_RULE_GROUP = Action.of(PREFIX, "UpdateRuleGroup");

  /** {@code wafv2:UpdateWebACL}: Write; on ipset, managedruleset, regexpatternset, rulegroup, webacl. */
  public static final Action UPDATE_WEB_ACL = Action.of(PREFIX, "UpdateWebACL");

  private Wafv2() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
