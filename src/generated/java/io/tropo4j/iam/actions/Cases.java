// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Connect Cases (prefix {@code cases}), as the service authorization reference lists them.
 */
public final class Cases {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cases";

  /** {@code cases:BatchGetCaseRule}: Read; on CaseRule, Domain. */
  public static final Action BATCH_GET_CASE_RULE = Action.of(PREFIX, "BatchGetCaseRule");

  /** {@code cases:BatchGetField}: Read; on Domain, Field. */
  public static final Action BATCH_GET_FIELD = Action.of(PREFIX, "BatchGetField");

  /** {@code cases:BatchPutFieldOptions}: Write; on Domain, Field. */
  public static final Action BATCH_PUT_FIELD_OPTIONS = Action.of(PREFIX, "BatchPutFieldOptions");

  /** {@code cases:CreateCase}: Write; on Case, Domain, Field, Template. */
  public static final Action CREATE_CASE = Action.of(PREFIX, "CreateCase");

  /** {@code cases:CreateCaseRule}: Write; on CaseRule, Domain. */
  public static final Action CREATE_CASE_RULE = Action.of(PREFIX, "CreateCaseRule");

  /** {@code cases:CreateDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code cases:CreateField}: Write; on Domain, Field. */
  public static final Action CREATE_FIELD = Action.of(PREFIX, "CreateField");

  /** {@code cases:CreateLayout}: Write; on Domain, Layout. */
  public static final Action CREATE_LAYOUT = Action.of(PREFIX, "CreateLayout");

  /** {@code cases:CreateRelatedItem}: Write; on Case, Domain, RelatedItem. */
  public static final Action CREATE_RELATED_ITEM = Action.of(PREFIX, "CreateRelatedItem");

  /** {@code cases:CreateTemplate}: Write; on Domain, Layout, Template. */
  public static final Action CREATE_TEMPLATE = Action.of(PREFIX, "CreateTemplate");

  /** {@code cases:DeleteCase}: Write; on Case, Domain. */
  public static final Action DELETE_CASE = Action.of(PREFIX, "DeleteCase");

  /** {@code cases:DeleteCaseRule}: Write; on CaseRule, Domain. */
  public static final Action DELETE_CASE_RULE = Action.of(PREFIX, "DeleteCaseRule");

  /** {@code cases:DeleteDomain}: Write; on Domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code cases:DeleteField}: Write; on Domain, Field. */
  public static final Action DELETE_FIELD = Action.of(PREFIX, "DeleteField");

  /** {@code cases:DeleteLayout}: Write; on Domain, Layout. */
  public static final Action DELETE_LAYOUT = Action.of(PREFIX, "DeleteLayout");

  /** {@code cases:DeleteRelatedItem}: Write; on Case, Domain, RelatedItem. */
  public static final Action DELETE_RELATED_ITEM = Action.of(PREFIX, "DeleteRelatedItem");

  /** {@code cases:DeleteTemplate}: Write; on Domain, Template. */
  public static final Action DELETE_TEMPLATE = Action.of(PREFIX, "DeleteTemplate");

  /** {@code cases:GetCase}: Read; on Case, Domain, Field. */
  public static final Action GET_CASE = Action.of(PREFIX, "GetCase");

  /** {@code cases:GetCaseAuditEvents}: Read; on Case, Domain. */
  public static final Action GET_CASE_AUDIT_EVENTS = Action.of(PREFIX, "GetCaseAuditEvents");

  /** {@code cases:GetCaseEventConfiguration}: Read; on Domain. */
  public static final Action GET_CASE_EVENT_CONFIGURATION = Action.of(PREFIX, "GetCaseEventConfiguration");

  /** {@code cases:GetDomain}: Read; on Domain. */
  public static final Action GET_DOMAIN = Action.of(PREFIX, "GetDomain");

  /** {@code cases:GetLayout}: Read; on Domain, Layout. */
  public static final Action GET_LAYOUT = Action.of(PREFIX, "GetLayout");

  /** {@code cases:GetTemplate}: Read; on Domain, Template. */
  public static final Action GET_TEMPLATE = Action.of(PREFIX, "GetTemplate");

  /** {@code cases:ListCaseRules}: List; on Domain. */
  public static final Action LIST_CASE_RULES = Action.of(PREFIX, "ListCaseRules");

  /** {@code cases:ListCasesForContact}: List; on Domain. */
  public static final Action LIST_CASES_FOR_CONTACT = Action.of(PREFIX, "ListCasesForContact");

  /** {@code cases:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code cases:ListFieldOptions}: List; on Domain, Field. */
  public static final Action LIST_FIELD_OPTIONS = Action.of(PREFIX, "ListFieldOptions");

  /** {@code cases:ListFields}: List; on Domain. */
  public static final Action LIST_FIELDS = Action.of(PREFIX, "ListFields");

  /** {@code cases:ListLayouts}: List; on Domain. */
  public static final Action LIST_LAYOUTS = Action.of(PREFIX, "ListLayouts");

  /** {@code cases:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cases:ListTemplates}: List; on Domain. */
  public static final Action LIST_TEMPLATES = Action.of(PREFIX, "ListTemplates");

  /** {@code cases:PutCaseEventConfiguration}: Write; on Domain. */
  public static final Action PUT_CASE_EVENT_CONFIGURATION = Action.of(PREFIX, "PutCaseEventConfiguration");

  /** {@code cases:SearchCases}: Read; on Domain. */
  public static final Action SEARCH_CASES = Action.of(PREFIX, "SearchCases");

  /** {@code cases:SearchRelatedItems}: Read; on Case, Domain. */
  public static final Action SEARCH_RELATED_ITEMS = Action.of(PREFIX, "SearchRelatedItems");

  /** {@code cases:TagResource}: Tagging; on Case, CaseRule, Domain, Field, Layout, RelatedItem, Template. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cases:UntagResource}: Tagging; on Case, CaseRule, Domain, Field, Layout, RelatedItem, Template. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cases:UpdateCase}: Write; on Case, Domain, Field. */
  public static final Action UPDATE_CASE = Action.of(PREFIX, "UpdateCase");

  /** {@code cases:UpdateCaseRule}: Write; on CaseRule, Domain. */
  public static final Action UPDATE_CASE_RULE = Action.of(PREFIX, "UpdateCaseRule");

  /** {@code cases:UpdateField}: Write; on Domain, Field. */
  public static final Action UPDATE_FIELD = Action.of(PREFIX, "UpdateField");

  /** {@code cases:UpdateLayout}: Write; on Domain, Layout. */
  public static final Action UPDATE_LAYOUT = Action.of(PREFIX, "UpdateLayout");

  /** {@code cases:UpdateTemplate}: Write; on Domain, Template. */
  public static final Action UPDATE_TEMPLATE = Action.of(PREFIX, "UpdateTemplate");

  private Cases() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
