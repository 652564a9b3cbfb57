// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Billing (prefix {@code billing}), as the service authorization reference lists them.
 */
public final class Billing {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "billing";

  /** {@code billing:AssociateSourceViews}: Write; on billingview. */
  public static final Action ASSOCIATE_SOURCE_VIEWS = Action.of(PREFIX, "AssociateSourceViews");

  /** {@code billing:CreateBillingView}: Write; on billingview. */
  public static final Action CREATE_BILLING_VIEW = Action.of(PREFIX, "CreateBillingView");

  /** {@code billing:DeleteBillingView}: Write; on billingview. */
  public static final Action DELETE_BILLING_VIEW = Action.of(PREFIX, "DeleteBillingView");

  /** {@code billing:DeleteResourcePolicy}: Permissions management; on billingview. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code billing:DisassociateSourceViews}: Write; on billingview. */
  public static final Action DISASSOCIATE_SOURCE_VIEWS = Action.of(PREFIX, "DisassociateSourceViews");

  /** {@code billing:GetBillingData}: Read; on billingview. */
  public static final Action GET_BILLING_DATA = Action.of(PREFIX, "GetBillingData");

  /** {@code billing:GetBillingDetails}: Read; on billingview. */
  public static final Action GET_BILLING_DETAILS = Action.of(PREFIX, "GetBillingDetails");

  /** {@code billing:GetBillingNotifications}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BILLING_NOTIFICATIONS = Action.of(PREFIX, "GetBillingNotifications");

  /** {@code billing:GetBillingPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BILLING_PREFERENCES = Action.of(PREFIX, "GetBillingPreferences");

  /** {@code billing:GetBillingView}: Read; on billingview. */
  public static final Action GET_BILLING_VIEW = Action.of(PREFIX, "GetBillingView");

  /** {@code billing:GetBillingViewData}: Read; on billingview. */
  public static final Action GET_BILLING_VIEW_DATA = Action.of(PREFIX, "GetBillingViewData");

  /** {@code billing:GetContractInformation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTRACT_INFORMATION = Action.of(PREFIX, "GetContractInformation");

  /** {@code billing:GetCredits}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CREDITS = Action.of(PREFIX, "GetCredits");

  /** {@code billing:GetIAMAccessPreference}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IAM_ACCESS_PREFERENCE = Action.of(PREFIX, "GetIAMAccessPreference");

  /** {@code billing:GetResourcePolicy}: Permissions management; on billingview. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code billing:GetSellerOfRecord}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SELLER_OF_RECORD = Action.of(PREFIX, "GetSellerOfRecord");

  /** {@code billing:ListBillingViews}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_BILLING_VIEWS = Action.of(PREFIX, "ListBillingViews");

  /** {@code billing:ListSourceViewsForBillingView}: List; on billingview. */
  public static final Action LIST_SOURCE_VIEWS_FOR_BILLING_VIEW = Action.of(PREFIX, "ListSourceViewsForBillingView");

  /** {@code billing:ListTagsForResource}: Read; on billingview. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code billing:PutContractInformation}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CONTRACT_INFORMATION = Action.of(PREFIX, "PutContractInformation");

  /** {@code billing:PutResourcePolicy}: Permissions management; on billingview. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code billing:RedeemCredits}: Write; on no resource type (give {@code *}). */
  public static final Action REDEEM_CREDITS = Action.of(PREFIX, "RedeemCredits");

  /** {@code billing:TagResource}: Tagging; on billingview. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code billing:UntagResource}: Tagging; on billingview. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code billing:UpdateBillingPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_BILLING_PREFERENCES = Action.of(PREFIX, "UpdateBillingPreferences");

  /** {@code billing:UpdateBillingView}: Write; on billingview. */
  public static final Action UPDATE_BILLING_VIEW = Action.of(PREFIX, "UpdateBillingView");

  /** {@code billing:UpdateIAMAccessPreference}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_IAM_ACCESS_PREFERENCE = Action.of(PREFIX, "UpdateIAMAccessPreference");

  /** {@code billing:UseSourceView}: Read; on no resource type (give {@code *}). */
  public static final Action USE_SOURCE_VIEW = Action.of(PREFIX, "UseSourceView");

  private Billing() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
