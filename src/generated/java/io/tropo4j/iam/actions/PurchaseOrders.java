// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Purchase Orders Console (prefix {@code purchase-orders}), as the service authorization reference lists them.
 */
public final class PurchaseOrders {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "purchase-orders";

  /** {@code purchase-orders:AddPurchaseOrder}: Write; on purchase-order. */
  public static final Action ADD_PURCHASE_ORDER = Action.of(PREFIX, "AddPurchaseOrder");

  /** {@code purchase-orders:DeletePurchaseOrder}: Write; on purchase-order. */
  public static final Action DELETE_PURCHASE_ORDER = Action.of(PREFIX, "DeletePurchaseOrder");

  /** {@code purchase-orders:GetConsoleActionSetEnforced}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONSOLE_ACTION_SET_ENFORCED = Action.of(PREFIX, "GetConsoleActionSetEnforced");

  /** {@code purchase-orders:GetPurchaseOrder}: Read; on purchase-order. */
  public static final Action GET_PURCHASE_ORDER = Action.of(PREFIX, "GetPurchaseOrder");

  /** {@code purchase-orders:ListPurchaseOrderInvoices}: List; on purchase-order. */
  public static final Action LIST_PURCHASE_ORDER_INVOICES = Action.of(PREFIX, "ListPurchaseOrderInvoices");

  /** {@code purchase-orders:ListPurchaseOrders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PURCHASE_ORDERS = Action.of(PREFIX, "ListPurchaseOrders");

  /** {@code purchase-orders:ListTagsForResource}: Read; on purchase-order. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code purchase-orders:ModifyPurchaseOrders}: Write; on purchase-order. */
  public static final Action MODIFY_PURCHASE_ORDERS = Action.of(PREFIX, "ModifyPurchaseOrders");

  /** {@code purchase-orders:TagResource}: Tagging; on purchase-order. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code purchase-orders:UntagResource}: Tagging; on purchase-order. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code purchase-orders:UpdateConsoleActionSetEnforced}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONSOLE_ACTION_SET_ENFORCED = Action.of(PREFIX, "UpdateConsoleActionSetEnforced");

  /** {@code purchase-orders:UpdatePurchaseOrder}: Write; on purchase-order. */
  public static final Action UPDATE_PURCHASE_ORDER = Action.of(PREFIX, "UpdatePurchaseOrder");

  /** {@code purchase-orders:UpdatePurchaseOrderStatus}: Write; on purchase-order. */
  public static final Action UPDATE_PURCHASE_ORDER_STATUS = Action.of(PREFIX, "UpdatePurchaseOrderStatus");

  /** {@code purchase-orders:ViewPurchaseOrders}: Read; on purchase-order. */
  public static final Action VIEW_PURCHASE_ORDERS = Action.of(PREFIX, "ViewPurchaseOrders");

  private PurchaseOrders() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
