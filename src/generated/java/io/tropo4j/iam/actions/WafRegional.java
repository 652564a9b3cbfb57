// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS WAF Regional (prefix {@code waf-regional}), as the service authorization reference lists them.
 */
public final class WafRegional {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "waf-regional";

  /** {@code waf-regional:AssociateWebACL}: Write; on loadbalancer/app/, webacl. */
  public static final Action ASSOCIATE_WEB_ACL = Action.of(PREFIX, "AssociateWebACL");

  /** {@code waf-regional:CreateByteMatchSet}: Write; on bytematchset. */
  public static final Action CREATE_BYTE_MATCH_SET = Action.of(PREFIX, "CreateByteMatchSet");

  /** {@code waf-regional:CreateGeoMatchSet}: Write; on geomatchset. */
  public static final Action CREATE_GEO_MATCH_SET = Action.of(PREFIX, "CreateGeoMatchSet");

  /** {@code waf-regional:CreateIPSet}: Write; on ipset. */
  public static final Action CREATE_IP_SET = Action.of(PREFIX, "CreateIPSet");

  /** {@code waf-regional:CreateRateBasedRule}: Write; on ratebasedrule. */
  public static final Action CREATE_RATE_BASED_RULE = Action.of(PREFIX, "CreateRateBasedRule");

  /** {@code waf-regional:CreateRegexMatchSet}: Write; on regexmatchset. */
  public static final Action CREATE_REGEX_MATCH_SET = Action.of(PREFIX, "CreateRegexMatchSet");

  /** {@code waf-regional:CreateRegexPatternSet}: Write; on regexpatternset. */
  public static final Action CREATE_REGEX_PATTERN_SET = Action.of(PREFIX, "CreateRegexPatternSet");

  /** {@code waf-regional:CreateRule}: Write; on rule. */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code waf-regional:CreateRuleGroup}: Write; on rulegroup. */
  public static final Action CREATE_RULE_GROUP = Action.of(PREFIX, "CreateRuleGroup");

  /** {@code waf-regional:CreateSizeConstraintSet}: Write; on sizeconstraintset. */
  public static final Action CREATE_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "CreateSizeConstraintSet");

  /** {@code waf-regional:CreateSqlInjectionMatchSet}: Write; on sqlinjectionmatchset. */
  public static final Action CREATE_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "CreateSqlInjectionMatchSet");

  /** {@code waf-regional:CreateWebACL}: Write; on webacl. */
  public static final Action CREATE_WEB_ACL = Action.of(PREFIX, "CreateWebACL");

  /** {@code waf-regional:CreateWebACLMigrationStack}: Write; on webacl. */
  public static final Action CREATE_WEB_ACL_MIGRATION_STACK = Action.of(PREFIX, "CreateWebACLMigrationStack");

  /** {@code waf-regional:CreateXssMatchSet}: Write; on xssmatchset. */
  public static final Action CREATE_XSS_MATCH_SET = Action.of(PREFIX, "CreateXssMatchSet");

  /** {@code waf-regional:DeleteByteMatchSet}: Write; on bytematchset. */
  public static final Action DELETE_BYTE_MATCH_SET = Action.of(PREFIX, "DeleteByteMatchSet");

  /** {@code waf-regional:DeleteGeoMatchSet}: Write; on geomatchset. */
  public static final Action DELETE_GEO_MATCH_SET = Action.of(PREFIX, "DeleteGeoMatchSet");

  /** {@code waf-regional:DeleteIPSet}: Write; on ipset. */
  public static final Action DELETE_IP_SET = Action.of(PREFIX, "DeleteIPSet");

  /** {@code waf-regional:DeleteLoggingConfiguration}: Write; on webacl. */
  public static final Action DELETE_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteLoggingConfiguration");

  /** {@code waf-regional:DeletePermissionPolicy}: Permissions management; on rulegroup. */
  public static final Action DELETE_PERMISSION_POLICY = Action.of(PREFIX, "DeletePermissionPolicy");

  /** {@code waf-regional:DeleteRateBasedRule}: Write; on ratebasedrule. */
  public static final Action DELETE_RATE_BASED_RULE = Action.of(PREFIX, "DeleteRateBasedRule");

  /** {@code waf-regional:DeleteRegexMatchSet}: Write; on regexmatchset. */
  public static final Action DELETE_REGEX_MATCH_SET = Action.of(PREFIX, "DeleteRegexMatchSet");

  /** {@code waf-regional:DeleteRegexPatternSet}: Write; on regexpatternset. */
  public static final Action DELETE_REGEX_PATTERN_SET = Action.of(PREFIX, "DeleteRegexPatternSet");

  /** {@code waf-regional:DeleteRule}: Write; on rule. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code waf-regional:DeleteRuleGroup}: Write; on rulegroup. */
  public static final Action DELETE_RULE_GROUP = Action.of(PREFIX, "DeleteRuleGroup");

  /** {@code waf-regional:DeleteSizeConstraintSet}: Write; on sizeconstraintset. */
  public static final Action DELETE_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "DeleteSizeConstraintSet");

  /** {@code waf-regional:DeleteSqlInjectionMatchSet}: Write; on sqlinjectionmatchset. */
  public static final Action DELETE_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "DeleteSqlInjectionMatchSet");

  /** {@code waf-regional:DeleteWebACL}: Write; on webacl. */
  public static final Action DELETE_WEB_ACL = Action.of(PREFIX, "DeleteWebACL");

  /** {@code waf-regional:DeleteXssMatchSet}: Write; on xssmatchset. */
  public static final Action DELETE_XSS_MATCH_SET = Action.of(PREFIX, "DeleteXssMatchSet");

  /** {@code waf-regional:DisassociateWebACL}: Write; on loadbalancer/app/. */
  public static final Action DISASSOCIATE_WEB_ACL = Action.of(PREFIX, "DisassociateWebACL");

  /** {@code waf-regional:GetByteMatchSet}: Read; on bytematchset. */
  public static final Action GET_BYTE_MATCH_SET = Action.of(PREFIX, "GetByteMatchSet");

  /** {@code waf-regional:GetChangeToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CHANGE_TOKEN = Action.of(PREFIX, "GetChangeToken");

  /** {@code waf-regional:GetChangeTokenStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CHANGE_TOKEN_STATUS = Action.of(PREFIX, "GetChangeTokenStatus");

  /** {@code waf-regional:GetGeoMatchSet}: Read; on geomatchset. */
  public static final Action GET_GEO_MATCH_SET = Action.of(PREFIX, "GetGeoMatchSet");

  /** {@code waf-regional:GetIPSet}: Read; on ipset. */
  public static final Action GET_IP_SET = Action.of(PREFIX, "GetIPSet");

  /** {@code waf-regional:GetLoggingConfiguration}: Read; on webacl. */
  public static final Action GET_LOGGING_CONFIGURATION = Action.of(PREFIX, "GetLoggingConfiguration");

  /** {@code waf-regional:GetPermissionPolicy}: Read; on rulegroup. */
  public static final Action GET_PERMISSION_POLICY = Action.of(PREFIX, "GetPermissionPolicy");

  /** {@code waf-regional:GetRateBasedRule}: Read; on ratebasedrule. */
  public static final Action GET_RATE_BASED_RULE = Action.of(PREFIX, "GetRateBasedRule");

  /** {@code waf-regional:GetRateBasedRuleManagedKeys}: Read; on ratebasedrule. */
  public static final Action GET_RATE_BASED_RULE_MANAGED_KEYS = Action.of(PREFIX, "GetRateBasedRuleManagedKeys");

  /** {@code waf-regional:GetRegexMatchSet}: Read; on regexmatchset. */
  public static final Action GET_REGEX_MATCH_SET = Action.of(PREFIX, "GetRegexMatchSet");

  /** {@code waf-regional:GetRegexPatternSet}: Read; on regexpatternset. */
  public static final Action GET_REGEX_PATTERN_SET = Action.of(PREFIX, "GetRegexPatternSet");

  /** {@code waf-regional:GetRule}: Read; on rule. */
  public static final Action GET_RULE = Action.of(PREFIX, "GetRule");

  /** {@code waf-regional:GetRuleGroup}: Read; on rulegroup. */
  public static final Action GET_RULE_GROUP = Action.of(PREFIX, "GetRuleGroup");

  /** {@code waf-regional:GetSampledRequests}: Read; on webacl. */
  public static final Action GET_SAMPLED_REQUESTS = Action.of(PREFIX, "GetSampledRequests");

  /** {@code waf-regional:GetSizeConstraintSet}: Read; on sizeconstraintset. */
  public static final Action GET_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "GetSizeConstraintSet");

  /** {@code waf-regional:GetSqlInjectionMatchSet}: Read; on sqlinjectionmatchset. */
  public static final Action GET_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "GetSqlInjectionMatchSet");

  /** {@code waf-regional:GetWebACL}: Read; on webacl. */
  public static final Action GET_WEB_ACL = Action.of(PREFIX, "GetWebACL");

  /** {@code waf-regional:GetWebACLForResource}: Read; on loadbalancer/app/. */
  public static final Action GET_WEB_ACL_FOR_RESOURCE = Action.of(PREFIX, "GetWebACLForResource");

  /** {@code waf-regional:GetXssMatchSet}: Read; on xssmatchset. */
  public static final Action GET_XSS_MATCH_SET = Action.of(PREFIX, "GetXssMatchSet");

  /** {@code waf-regional:ListActivatedRulesInRuleGroup}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACTIVATED_RULES_IN_RULE_GROUP = Action.of(PREFIX, "ListActivatedRulesInRuleGroup");

  /** {@code waf-regional:ListByteMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BYTE_MATCH_SETS = Action.of(PREFIX, "ListByteMatchSets");

  /** {@code waf-regional:ListGeoMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GEO_MATCH_SETS = Action.of(PREFIX, "ListGeoMatchSets");

  /** {@code waf-regional:ListIPSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IP_SETS = Action.of(PREFIX, "ListIPSets");

  /** {@code waf-regional:ListLoggingConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOGGING_CONFIGURATIONS = Action.of(PREFIX, "ListLoggingConfigurations");

  /** {@code waf-regional:ListRateBasedRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RATE_BASED_RULES = Action.of(PREFIX, "ListRateBasedRules");

  /** {@code waf-regional:ListRegexMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGEX_MATCH_SETS = Action.of(PREFIX, "ListRegexMatchSets");

  /** {@code waf-regional:ListRegexPatternSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGEX_PATTERN_SETS = Action.of(PREFIX, "ListRegexPatternSets");

  /** {@code waf-regional:ListResourcesForWebACL}: List; on webacl. */
  public static final Action LIST_RESOURCES_FOR_WEB_ACL = Action.of(PREFIX, "ListResourcesForWebACL");

  /** {@code waf-regional:ListRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULE_GROUPS = Action.of(PREFIX, "ListRuleGroups");

  /** {@code waf-regional:ListRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code waf-regional:ListSizeConstraintSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIZE_CONSTRAINT_SETS = Action.of(PREFIX, "ListSizeConstraintSets");

  /** {@code waf-regional:ListSqlInjectionMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SQL_INJECTION_MATCH_SETS = Action.of(PREFIX, "ListSqlInjectionMatchSets");

  /** {@code waf-regional:ListSubscribedRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIBED_RULE_GROUPS = Action.of(PREFIX, "ListSubscribedRuleGroups");

  /** {@code waf-regional:ListTagsForResource}: Read; on ratebasedrule, rule, rulegroup, webacl. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code waf-regional:ListWebACLs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WEB_AC_LS = Action.of(PREFIX, "ListWebACLs");

  /** {@code waf-regional:ListXssMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_XSS_MATCH_SETS = Action.of(PREFIX, "ListXssMatchSets");

  /** {@code waf-regional:PutLoggingConfiguration}: Write; on webacl. */
  public static final Action PUT_LOGGING_CONFIGURATION = Action.of(PREFIX, "PutLoggingConfiguration");

  /** {@code waf-regional:PutPermissionPolicy}: Permissions management; on rulegroup. */
  public static final Action PUT_PERMISSION_POLICY = Action.of(PREFIX, "PutPermissionPolicy");

  /** {@code waf-regional:TagResource}: Tagging; on ratebasedrule, rule, rulegroup, webacl. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code waf-regional:UntagResource}: Tagging; on ratebasedrule, rule, rulegroup, webacl. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code waf-regional:UpdateByteMatchSet}: Write; on bytematchset. */
  public static final Action UPDATE_BYTE_MATCH_SET = Action.of(PREFIX, "UpdateByteMatchSet");

  /** {@code waf-regional:UpdateGeoMatchSet}: Write; on geomatchset. */
  public static final Action UPDATE_GEO_MATCH_SET = Action.of(PREFIX, "UpdateGeoMatchSet");

  /** {@code waf-regional:UpdateIPSet}: Write; on ipset. */
  public static final Action UPDATE_IP_SET = Action.of(PREFIX, "UpdateIPSet");

  /** {@code waf-regional:UpdateRateBasedRule}: Write; on ratebasedrule. */
  public static final Action UPDATE_RATE_BASED_RULE = Action.of(PREFIX, "UpdateRateBasedRule");

  /** {@code waf-regional:UpdateRegexMatchSet}: Write; on regexmatchset. */
  public static final Action UPDATE_REGEX_MATCH_SET = Action.of(PREFIX, "UpdateRegexMatchSet");

  /** {@code waf-regional:UpdateRegexPatternSet}: Write; on regexpatternset. */
  public static final Action UPDATE_REGEX_PATTERN_SET = Action.of(PREFIX, "UpdateRegexPatternSet");

  /** {@code waf-regional:UpdateRule}: Write; on rule. */
  public static final Action UPDATE_RULE = Action.of(PREFIX, "UpdateRule");

  /** {@code waf-regional:UpdateRuleGroup}: Write; on rulegroup. */
  public static final Action UPDATE_RULE_GROUP = Action.of(PREFIX, "UpdateRuleGroup");

  /** {@code waf-regional:UpdateSizeConstraintSet}: Write; on sizeconstraintset. */
  public static final Action UPDATE_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "UpdateSizeConstraintSet");

  /** {@code waf-regional:UpdateSqlInjectionMatchSet}: Write; on sqlinjectionmatchset. */
  public static final Action UPDATE_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "UpdateSqlInjectionMatchSet");

  /** {@code waf-regional:UpdateWebACL}: Write; on webacl. */
  public static final Action UPDATE_WEB_ACL = Action.of(PREFIX, "UpdateWebACL");

  /** {@code waf-regional:UpdateXssMatchSet}: Write; on xssmatchset. */
  public static final Action UPDATE_XSS_MATCH_SET = Action.of(PREFIX, "UpdateXssMatchSet");

  private WafRegional() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
