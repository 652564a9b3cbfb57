// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS WAF (prefix {@code waf}), as the service authorization reference lists them.
 */
public final class Waf {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "waf";

  /** {@code waf:CreateByteMatchSet}: Write; on bytematchset. */
  public static final Action CREATE_BYTE_MATCH_SET = Action.of(PREFIX, "CreateByteMatchSet");

  /** {@code waf:CreateGeoMatchSet}: Write; on geomatchset. */
  public static final Action CREATE_GEO_MATCH_SET = Action.of(PREFIX, "CreateGeoMatchSet");

  /** {@code waf:CreateIPSet}: Write; on ipset. */
  public static final Action CREATE_IP_SET = Action.of(PREFIX, "CreateIPSet");

  /** {@code waf:CreateRateBasedRule}: Write; on ratebasedrule. */
  public static final Action CREATE_RATE_BASED_RULE = Action.of(PREFIX, "CreateRateBasedRule");

  /** {@code waf:CreateRegexMatchSet}: Write; on regexmatchset. */
  public static final Action CREATE_REGEX_MATCH_SET = Action.of(PREFIX, "CreateRegexMatchSet");

  /** {@code waf:CreateRegexPatternSet}: Write; on regexpatternset. */
  public static final Action CREATE_REGEX_PATTERN_SET = Action.of(PREFIX, "CreateRegexPatternSet");

  /** {@code waf:CreateRule}: Write; on rule. */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code waf:CreateRuleGroup}: Write; on rulegroup. */
  public static final Action CREATE_RULE_GROUP = Action.of(PREFIX, "CreateRuleGroup");

  /** {@code waf:CreateSizeConstraintSet}: Write; on sizeconstraintset. */
  public static final Action CREATE_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "CreateSizeConstraintSet");

  /** {@code waf:CreateSqlInjectionMatchSet}: Write; on sqlinjectionmatchset. */
  public static final Action CREATE_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "CreateSqlInjectionMatchSet");

  /** {@code waf:CreateWebACL}: Write; on webacl. */
  public static final Action CREATE_WEB_ACL = Action.of(PREFIX, "CreateWebACL");

  /** {@code waf:CreateWebACLMigrationStack}: Write; on webacl. */
  public static final Action CREATE_WEB_ACL_MIGRATION_STACK = Action.of(PREFIX, "CreateWebACLMigrationStack");

  /** {@code waf:CreateXssMatchSet}: Write; on xssmatchset. */
  public static final Action CREATE_XSS_MATCH_SET = Action.of(PREFIX, "CreateXssMatchSet");

  /** {@code waf:DeleteByteMatchSet}: Write; on bytematchset. */
  public static final Action DELETE_BYTE_MATCH_SET = Action.of(PREFIX, "DeleteByteMatchSet");

  /** {@code waf:DeleteGeoMatchSet}: Write; on geomatchset. */
  public static final Action DELETE_GEO_MATCH_SET = Action.of(PREFIX, "DeleteGeoMatchSet");

  /** {@code waf:DeleteIPSet}: Write; on ipset. */
  public static final Action DELETE_IP_SET = Action.of(PREFIX, "DeleteIPSet");

  /** {@code waf:DeleteLoggingConfiguration}: Write; on webacl. */
  public static final Action DELETE_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteLoggingConfiguration");

  /** {@code waf:DeletePermissionPolicy}: Permissions management; on rulegroup. */
  public static final Action DELETE_PERMISSION_POLICY = Action.of(PREFIX, "DeletePermissionPolicy");

  /** {@code waf:DeleteRateBasedRule}: Write; on ratebasedrule. */
  public static final Action DELETE_RATE_BASED_RULE = Action.of(PREFIX, "DeleteRateBasedRule");

  /** {@code waf:DeleteRegexMatchSet}: Write; on regexmatchset. */
  public static final Action DELETE_REGEX_MATCH_SET = Action.of(PREFIX, "DeleteRegexMatchSet");

  /** {@code waf:DeleteRegexPatternSet}: Write; on regexpatternset. */
  public static final Action DELETE_REGEX_PATTERN_SET = Action.of(PREFIX, "DeleteRegexPatternSet");

  /** {@code waf:DeleteRule}: Write; on rule. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code waf:DeleteRuleGroup}: Write; on rulegroup. */
  public static final Action DELETE_RULE_GROUP = Action.of(PREFIX, "DeleteRuleGroup");

  /** {@code waf:DeleteSizeConstraintSet}: Write; on sizeconstraintset. */
  public static final Action DELETE_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "DeleteSizeConstraintSet");

  /** {@code waf:DeleteSqlInjectionMatchSet}: Write; on sqlinjectionmatchset. */
  public static final Action DELETE_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "DeleteSqlInjectionMatchSet");

  /** {@code waf:DeleteWebACL}: Write; on webacl. */
  public static final Action DELETE_WEB_ACL = Action.of(PREFIX, "DeleteWebACL");

  /** {@code waf:DeleteXssMatchSet}: Write; on xssmatchset. */
  public static final Action DELETE_XSS_MATCH_SET = Action.of(PREFIX, "DeleteXssMatchSet");

  /** {@code waf:GetByteMatchSet}: Read; on bytematchset. */
  public static final Action GET_BYTE_MATCH_SET = Action.of(PREFIX, "GetByteMatchSet");

  /** {@code waf:GetChangeToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CHANGE_TOKEN = Action.of(PREFIX, "GetChangeToken");

  /** {@code waf:GetChangeTokenStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CHANGE_TOKEN_STATUS = Action.of(PREFIX, "GetChangeTokenStatus");

  /** {@code waf:GetGeoMatchSet}: Read; on geomatchset. */
  public static final Action GET_GEO_MATCH_SET = Action.of(PREFIX, "GetGeoMatchSet");

  /** {@code waf:GetIPSet}: Read; on ipset. */
  public static final Action GET_IP_SET = Action.of(PREFIX, "GetIPSet");

  /** {@code waf:GetLoggingConfiguration}: Read; on webacl. */
  public static final Action GET_LOGGING_CONFIGURATION = Action.of(PREFIX, "GetLoggingConfiguration");

  /** {@code waf:GetPermissionPolicy}: Read; on rulegroup. */
  public static final Action GET_PERMISSION_POLICY = Action.of(PREFIX, "GetPermissionPolicy");

  /** {@code waf:GetRateBasedRule}: Read; on ratebasedrule. */
  public static final Action GET_RATE_BASED_RULE = Action.of(PREFIX, "GetRateBasedRule");

  /** {@code waf:GetRateBasedRuleManagedKeys}: Read; on ratebasedrule. */
  public static final Action GET_RATE_BASED_RULE_MANAGED_KEYS = Action.of(PREFIX, "GetRateBasedRuleManagedKeys");

  /** {@code waf:GetRegexMatchSet}: Read; on regexmatchset. */
  public static final Action GET_REGEX_MATCH_SET = Action.of(PREFIX, "GetRegexMatchSet");

  /** {@code waf:GetRegexPatternSet}: Read; on regexpatternset. */
  public static final Action GET_REGEX_PATTERN_SET = Action.of(PREFIX, "GetRegexPatternSet");

  /** {@code waf:GetRule}: Read; on rule. */
  public static final Action GET_RULE = Action.of(PREFIX, "GetRule");

  /** {@code waf:GetRuleGroup}: Read; on rulegroup. */
  public static final Action GET_RULE_GROUP = Action.of(PREFIX, "GetRuleGroup");

  /** {@code waf:GetSampledRequests}: Read; on webacl. */
  public static final Action GET_SAMPLED_REQUESTS = Action.of(PREFIX, "GetSampledRequests");

  /** {@code waf:GetSizeConstraintSet}: Read; on sizeconstraintset. */
  public static final Action GET_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "GetSizeConstraintSet");

  /** {@code waf:GetSqlInjectionMatchSet}: Read; on sqlinjectionmatchset. */
  public static final Action GET_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "GetSqlInjectionMatchSet");

  /** {@code waf:GetWebACL}: Read; on webacl. */
  public static final Action GET_WEB_ACL = Action.of(PREFIX, "GetWebACL");

  /** {@code waf:GetXssMatchSet}: Read; on xssmatchset. */
  public static final Action GET_XSS_MATCH_SET = Action.of(PREFIX, "GetXssMatchSet");

  /** {@code waf:ListActivatedRulesInRuleGroup}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACTIVATED_RULES_IN_RULE_GROUP = Action.of(PREFIX, "ListActivatedRulesInRuleGroup");

  /** {@code waf:ListByteMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BYTE_MATCH_SETS = Action.of(PREFIX, "ListByteMatchSets");

  /** {@code waf:ListGeoMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GEO_MATCH_SETS = Action.of(PREFIX, "ListGeoMatchSets");

  /** {@code waf:ListIPSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IP_SETS = Action.of(PREFIX, "ListIPSets");

  /** {@code waf:ListLoggingConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOGGING_CONFIGURATIONS = Action.of(PREFIX, "ListLoggingConfigurations");

  /** {@code waf:ListRateBasedRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RATE_BASED_RULES = Action.of(PREFIX, "ListRateBasedRules");

  /** {@code waf:ListRegexMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGEX_MATCH_SETS = Action.of(PREFIX, "ListRegexMatchSets");

  /** {@code waf:ListRegexPatternSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGEX_PATTERN_SETS = Action.of(PREFIX, "ListRegexPatternSets");

  /** {@code waf:ListRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULE_GROUPS = Action.of(PREFIX, "ListRuleGroups");

  /** {@code waf:ListRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code waf:ListSizeConstraintSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIZE_CONSTRAINT_SETS = Action.of(PREFIX, "ListSizeConstraintSets");

  /** {@code waf:ListSqlInjectionMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SQL_INJECTION_MATCH_SETS = Action.of(PREFIX, "ListSqlInjectionMatchSets");

  /** {@code waf:ListSubscribedRuleGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIBED_RULE_GROUPS = Action.of(PREFIX, "ListSubscribedRuleGroups");

  /** {@code waf:ListTagsForResource}: Read; on ratebasedrule, rule, rulegroup, webacl. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code waf:ListWebACLs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WEB_AC_LS = Action.of(PREFIX, "ListWebACLs");

  /** {@code waf:ListXssMatchSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_XSS_MATCH_SETS = Action.of(PREFIX, "ListXssMatchSets");

  /** {@code waf:PutLoggingConfiguration}: Write; on webacl. */
  public static final Action PUT_LOGGING_CONFIGURATION = Action.of(PREFIX, "PutLoggingConfiguration");

  /** {@code waf:PutPermissionPolicy}: Permissions management; on rulegroup. */
  public static final Action PUT_PERMISSION_POLICY = Action.of(PREFIX, "PutPermissionPolicy");

  /** {@code waf:TagResource}: Tagging; on ratebasedrule, rule, rulegroup, webacl. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code waf:UntagResource}: Tagging; on ratebasedrule, rule, rulegroup, webacl. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code waf:UpdateByteMatchSet}: Write; on bytematchset. */
  public static final Action UPDATE_BYTE_MATCH_SET = Action.of(PREFIX, "UpdateByteMatchSet");

  /** {@code waf:UpdateGeoMatchSet}: Write; on geomatchset. */
  public static final Action UPDATE_GEO_MATCH_SET = Action.of(PREFIX, "UpdateGeoMatchSet");

  /** {@code waf:UpdateIPSet}: Write; on ipset. */
  public static final Action UPDATE_IP_SET = Action.of(PREFIX, "UpdateIPSet");

  /** {@code waf:UpdateRateBasedRule}: Write; on ratebasedrule. */
  public static final Action UPDATE_RATE_BASED_RULE = Action.of(PREFIX, "UpdateRateBasedRule");

  /** {@code waf:UpdateRegexMatchSet}: Write; on regexmatchset. */
  public static final Action UPDATE_REGEX_MATCH_SET = Action.of(PREFIX, "UpdateRegexMatchSet");

  /** {@code waf:UpdateRegexPatternSet}: Write; on regexpatternset. */
  public static final Action UPDATE_REGEX_PATTERN_SET = Action.of(PREFIX, "UpdateRegexPatternSet");

  /** {@code waf:UpdateRule}: Write; on rule. */
  public static final Action UPDATE_RULE = Action.of(PREFIX, "UpdateRule");

  /** {@code waf:UpdateRuleGroup}: Write; on rulegroup. */
  public static final Action UPDATE_RULE_GROUP = Action.of(PREFIX, "UpdateRuleGroup");

  /** {@code waf:UpdateSizeConstraintSet}: Write; on sizeconstraintset. */
  public static final Action UPDATE_SIZE_CONSTRAINT_SET = Action.of(PREFIX, "UpdateSizeConstraintSet");

  /** {@code waf:UpdateSqlInjectionMatchSet}: Write; on sqlinjectionmatchset. */
  public static final Action UPDATE_SQL_INJECTION_MATCH_SET = Action.of(PREFIX, "UpdateSqlInjectionMatchSet");

  /** {@code waf:UpdateWebACL}: Write; on webacl. */
  public static final Action UPDATE_WEB_ACL = Action.of(PREFIX, "UpdateWebACL");

  /** {@code waf:UpdateXssMatchSet}: Write; on xssmatchset. */
  public static final Action UPDATE_XSS_MATCH_SET = Action.of(PREFIX, "UpdateXssMatchSet");

  private Waf() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
