// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Billing Conductor (prefix {@code billingconductor}), as the service authorization reference lists them.
 */
public final class Billingconductor {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "billingconductor";

  /** {@code billingconductor:AssociateAccounts}: Write; on billinggroup. */
  public static final Action ASSOCIATE_ACCOUNTS = Action.of(PREFIX, "AssociateAccounts");

  /** {@code billingconductor:AssociatePricingRules}: Write; on pricingplan, pricingrule. */
  public static final Action ASSOCIATE_PRICING_RULES = Action.of(PREFIX, "AssociatePricingRules");

  /** {@code billingconductor:BatchAssociateResourcesToCustomLineItem}: Write; on customlineitem. */
  public static final Action BATCH_ASSOCIATE_RESOURCES_TO_CUSTOM_LINE_ITEM = Action.of(PREFIX, "BatchAssociateResourcesToCustomLineItem");

  /** {@code billingconductor:BatchDisassociateResourcesFromCustomLineItem}: Write; on customlineitem. */
  public static final Action BATCH_DISASSOCIATE_RESOURCES_FROM_CUSTOM_LINE_ITEM = Action.of(PREFIX, "BatchDisassociateResourcesFromCustomLineItem");

  /** {@code billingconductor:CreateBillingGroup}: Write; on pricingplan. */
  public static final Action CREATE_BILLING_GROUP = Action.of(PREFIX, "CreateBillingGroup");

  /** {@code billingconductor:CreateCustomLineItem}: Write; on billinggroup. */
  public static final Action CREATE_CUSTOM_LINE_ITEM = Action.of(PREFIX, "CreateCustomLineItem");

  /** {@code billingconductor:CreatePricingPlan}: Write; on pricingrule. */
  public static final Action CREATE_PRICING_PLAN = Action.of(PREFIX, "CreatePricingPlan");

  /** {@code billingconductor:CreatePricingRule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PRICING_RULE = Action.of(PREFIX, "CreatePricingRule");

  /** {@code billingconductor:DeleteBillingGroup}: Write; on billinggroup. */
  public static final Action DELETE_BILLING_GROUP = Action.of(PREFIX, "DeleteBillingGroup");

  /** {@code billingconductor:DeleteCustomLineItem}: Write; on customlineitem. */
  public static final Action DELETE_CUSTOM_LINE_ITEM = Action.of(PREFIX, "DeleteCustomLineItem");

  /** {@code billingconductor:DeletePricingPlan}: Write; on pricingplan. */
  public static final Action DELETE_PRICING_PLAN = Action.of(PREFIX, "DeletePricingPlan");

  /** {@code billingconductor:DeletePricingRule}: Write; on pricingrule. */
  public static final Action DELETE_PRICING_RULE = Action.of(PREFIX, "DeletePricingRule");

  /** {@code billingconductor:DisassociateAccounts}: Write; on billinggroup. */
  public static final Action DISASSOCIATE_ACCOUNTS = Action.of(PREFIX, "DisassociateAccounts");

  /** {@code billingconductor:DisassociatePricingRules}: Write; on pricingplan, pricingrule. */
  public static final Action DISASSOCIATE_PRICING_RULES = Action.of(PREFIX, "DisassociatePricingRules");

  /** {@code billingconductor:GetBillingGroupCostReport}: Read; on billinggroup. */
  public static final Action GET_BILLING_GROUP_COST_REPORT = Action.of(PREFIX, "GetBillingGroupCostReport");

  /** {@code billingconductor:ListAccountAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_ASSOCIATIONS = Action.of(PREFIX, "ListAccountAssociations");

  /** {@code billingconductor:ListBillingGroupCostReports}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_BILLING_GROUP_COST_REPORTS = Action.of(PREFIX, "ListBillingGroupCostReports");

  /** {@code billingconductor:ListBillingGroups}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_BILLING_GROUPS = Action.of(PREFIX, "ListBillingGroups");

  /** {@code billingconductor:ListCustomLineItemVersions}: Read; on customlineitem. */
  public static final Action LIST_CUSTOM_LINE_ITEM_VERSIONS = Action.of(PREFIX, "ListCustomLineItemVersions");

  /** {@code billingconductor:ListCustomLineItems}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_LINE_ITEMS = Action.of(PREFIX, "ListCustomLineItems");

  /** {@code billingconductor:ListPricingPlans}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PRICING_PLANS = Action.of(PREFIX, "ListPricingPlans");

  /** {@code billingconductor:ListPricingPlansAssociatedWithPricingRule}: List; on pricingrule. */
  public static final Action LIST_PRICING_PLANS_ASSOCIATED_WITH_PRICING_RULE = Action.of(PREFIX, "ListPricingPlansAssociatedWithPricingRule");

  /** {@code billingconductor:ListPricingRules}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PRICING_RULES = Action.of(PREFIX, "ListPricingRules");

  /** {@code billingconductor:ListPricingRulesAssociatedToPricingPlan}: List; on pricingplan. */
  public static final Action LIST_PRICING_RULES_ASSOCIATED_TO_PRICING_PLAN = Action.of(PREFIX, "ListPricingRulesAssociatedToPricingPlan");

  /** {@code billingconductor:ListResourcesAssociatedToCustomLineItem}: List; on customlineitem. */
  public static final Action LIST_RESOURCES_ASSOCIATED_TO_CUSTOM_LINE_ITEM = Action.of(PREFIX, "ListResourcesAssociatedToCustomLineItem");

  /** {@code billingconductor:ListTagsForResource}: Read; on billinggroup, customlineitem, pricingplan, pricingrule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code billingconductor:TagResource}: Tagging; on billinggroup, customlineitem, pricingplan, pricingrule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code billingconductor:UntagResource}: Tagging; on billinggroup, customlineitem, pricingplan, pricingrule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code billingconductor:UpdateBillingGroup}: Write; on billinggroup. */
  public static final Action UPDATE_BILLING_GROUP = Action.of(PREFIX, "UpdateBillingGroup");

  /** {@code billingconductor:UpdateCustomLineItem}: Write; on customlineitem. */
  public static final Action UPDATE_CUSTOM_LINE_ITEM = Action.of(PREFIX, "UpdateCustomLineItem");

  /** {@code billingconductor:UpdatePricingPlan}: Write; on pricingplan. */
  public static final Action UPDATE_PRICING_PLAN = Action.of(PREFIX, "UpdatePricingPlan");

  /** {@code billingconductor:UpdatePricingRule}: Write; on pricingrule. */
  public static final Action UPDATE_PRICING_RULE = Action.of(PREFIX, "UpdatePricingRule");

  private Billingconductor() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
