// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental Appliances and Software (prefix {@code elemental-appliances-software}), as the service authorization reference lists them.
 */
public final class ElementalAppliancesSoftware {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elemental-appliances-software";

  /** {@code elemental-appliances-software:CompleteUpload}: Write; on no resource type (give {@code *}). */
  public static final Action COMPLETE_UPLOAD = Action.of(PREFIX, "CompleteUpload");

  /** {@code elemental-appliances-software:CreateOrderV1}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ORDER_V1 = Action.of(PREFIX, "CreateOrderV1");

  /** {@code elemental-appliances-software:CreateQuote}: Write; on quote. */
  public static final Action CREATE_QUOTE = Action.of(PREFIX, "CreateQuote");

  /** {@code elemental-appliances-software:GetAvsCorrectAddress}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AVS_CORRECT_ADDRESS = Action.of(PREFIX, "GetAvsCorrectAddress");

  /** {@code elemental-appliances-software:GetBillingAddresses}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BILLING_ADDRESSES = Action.of(PREFIX, "GetBillingAddresses");

  /** {@code elemental-appliances-software:GetDeliveryAddressesV2}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DELIVERY_ADDRESSES_V2 = Action.of(PREFIX, "GetDeliveryAddressesV2");

  /** {@code elemental-appliances-software:GetOrder}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ORDER = Action.of(PREFIX, "GetOrder");

  /** {@code elemental-appliances-software:GetOrdersV2}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ORDERS_V2 = Action.of(PREFIX, "GetOrdersV2");

  /** {@code elemental-appliances-software:GetQuote}: Read; on quote. */
  public static final Action GET_QUOTE = Action.of(PREFIX, "GetQuote");

  /** {@code elemental-appliances-software:GetTaxes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAXES = Action.of(PREFIX, "GetTaxes");

  /** {@code elemental-appliances-software:ListQuotes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_QUOTES = Action.of(PREFIX, "ListQuotes");

  /** {@code elemental-appliances-software:StartUpload}: Write; on no resource type (give {@code *}). */
  public static final Action START_UPLOAD = Action.of(PREFIX, "StartUpload");

  /** {@code elemental-appliances-software:SubmitOrderV1}: Write; on no resource type (give {@code *}). */
  public static final Action SUBMIT_ORDER_V1 = Action.of(PREFIX, "SubmitOrderV1");

  /** {@code elemental-appliances-software:UpdateQuote}: Write; on quote. */
  public static final Action UPDATE_QUOTE = Action.of(PREFIX, "UpdateQuote");

  private ElementalAppliancesSoftware() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
