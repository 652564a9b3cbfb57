// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Invoicing Service (prefix {@code invoicing}), as the service authorization reference lists them.
 */
public final class Invoicing {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "invoicing";

  /** {@code invoicing:BatchGetInvoiceProfile}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_INVOICE_PROFILE = Action.of(PREFIX, "BatchGetInvoiceProfile");

  /** {@code invoicing:CreateInvoiceUnit}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INVOICE_UNIT = Action.of(PREFIX, "CreateInvoiceUnit");

  /** {@code invoicing:CreateProcurementPortalPreference}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROCUREMENT_PORTAL_PREFERENCE = Action.of(PREFIX, "CreateProcurementPortalPreference");

  /** {@code invoicing:DeleteInvoiceUnit}: Write; on invoice-unit. */
  public static final Action DELETE_INVOICE_UNIT = Action.of(PREFIX, "DeleteInvoiceUnit");

  /** {@code invoicing:DeleteProcurementPortalPreference}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PROCUREMENT_PORTAL_PREFERENCE = Action.of(PREFIX, "DeleteProcurementPortalPreference");

  /** {@code invoicing:GetInvoiceCorrection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVOICE_CORRECTION = Action.of(PREFIX, "GetInvoiceCorrection");

  /** {@code invoicing:GetInvoiceEmailDeliveryPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVOICE_EMAIL_DELIVERY_PREFERENCES = Action.of(PREFIX, "GetInvoiceEmailDeliveryPreferences");

  /** {@code invoicing:GetInvoicePDF}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVOICE_PDF = Action.of(PREFIX, "GetInvoicePDF");

  /** {@code invoicing:GetInvoiceUnit}: Read; on invoice-unit. */
  public static final Action GET_INVOICE_UNIT = Action.of(PREFIX, "GetInvoiceUnit");

  /** {@code invoicing:GetProcurementPortalPreference}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROCUREMENT_PORTAL_PREFERENCE = Action.of(PREFIX, "GetProcurementPortalPreference");

  /** {@code invoicing:ListInvoiceCorrections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVOICE_CORRECTIONS = Action.of(PREFIX, "ListInvoiceCorrections");

  /** {@code invoicing:ListInvoiceSummaries}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_INVOICE_SUMMARIES = Action.of(PREFIX, "ListInvoiceSummaries");

  /** {@code invoicing:ListInvoiceUnits}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVOICE_UNITS = Action.of(PREFIX, "ListInvoiceUnits");

  /** {@code invoicing:ListProcurementPortalPreferences}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROCUREMENT_PORTAL_PREFERENCES = Action.of(PREFIX, "ListProcurementPortalPreferences");

  /** {@code invoicing:ListTagsForResource}: Read; on invoice-unit. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code invoicing:PutInvoiceEmailDeliveryPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_INVOICE_EMAIL_DELIVERY_PREFERENCES = Action.of(PREFIX, "PutInvoiceEmailDeliveryPreferences");

  /** {@code invoicing:PutProcurementPortalPreference}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_PROCUREMENT_PORTAL_PREFERENCE = Action.of(PREFIX, "PutProcurementPortalPreference");

  /** {@code invoicing:StartInvoiceCorrection}: Write; on no resource type (give {@code *}). */
  public static final Action START_INVOICE_CORRECTION = Action.of(PREFIX, "StartInvoiceCorrection");

  /** {@code invoicing:TagResource}: Tagging; on invoice-unit. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code invoicing:UntagResource}: Tagging; on invoice-unit. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code invoicing:UpdateInvoiceUnit}: Write; on invoice-unit. */
  public static final Action UPDATE_INVOICE_UNIT = Action.of(PREFIX, "UpdateInvoiceUnit");

  /** {@code invoicing:UpdateProcurementPortalPreferenceStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROCUREMENT_PORTAL_PREFERENCE_STATUS = Action.of(PREFIX, "UpdateProcurementPortalPreferenceStatus");

  private Invoicing() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
