// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Tax Settings (prefix {@code tax}), as the service authorization reference lists them.
 */
public final class Tax {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "tax";

  /** {@code tax:BatchDeleteTaxRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_TAX_REGISTRATION = Action.of(PREFIX, "BatchDeleteTaxRegistration");

  /** {@code tax:BatchPutTaxRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_PUT_TAX_REGISTRATION = Action.of(PREFIX, "BatchPutTaxRegistration");

  /** {@code tax:CancelDocument}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_DOCUMENT = Action.of(PREFIX, "CancelDocument");

  /** {@code tax:CreateDocument}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOCUMENT = Action.of(PREFIX, "CreateDocument");

  /** {@code tax:DeleteSupplementalTaxRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUPPLEMENTAL_TAX_REGISTRATION = Action.of(PREFIX, "DeleteSupplementalTaxRegistration");

  /** {@code tax:DeleteTaxRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TAX_REGISTRATION = Action.of(PREFIX, "DeleteTaxRegistration");

  /** {@code tax:GetDocument}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOCUMENT = Action.of(PREFIX, "GetDocument");

  /** {@code tax:GetDocumentUploadUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOCUMENT_UPLOAD_URL = Action.of(PREFIX, "GetDocumentUploadUrl");

  /** {@code tax:GetExemptions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXEMPTIONS = Action.of(PREFIX, "GetExemptions");

  /** {@code tax:GetTaxInfoReportingDocument}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAX_INFO_REPORTING_DOCUMENT = Action.of(PREFIX, "GetTaxInfoReportingDocument");

  /** {@code tax:GetTaxInheritance}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAX_INHERITANCE = Action.of(PREFIX, "GetTaxInheritance");

  /** {@code tax:GetTaxInterview}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAX_INTERVIEW = Action.of(PREFIX, "GetTaxInterview");

  /** {@code tax:GetTaxRegistration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAX_REGISTRATION = Action.of(PREFIX, "GetTaxRegistration");

  /** {@code tax:GetTaxRegistrationDocument}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TAX_REGISTRATION_DOCUMENT = Action.of(PREFIX, "GetTaxRegistrationDocument");

  /** {@code tax:ListDocuments}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DOCUMENTS = Action.of(PREFIX, "ListDocuments");

  /** {@code tax:ListSupplementalTaxRegistrations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SUPPLEMENTAL_TAX_REGISTRATIONS = Action.of(PREFIX, "ListSupplementalTaxRegistrations");

  /** {@code tax:ListTaxRegistrations}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAX_REGISTRATIONS = Action.of(PREFIX, "ListTaxRegistrations");

  /** {@code tax:ListWithholdingEligibleInvoices}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_WITHHOLDING_ELIGIBLE_INVOICES = Action.of(PREFIX, "ListWithholdingEligibleInvoices");

  /** {@code tax:PutSupplementalTaxRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SUPPLEMENTAL_TAX_REGISTRATION = Action.of(PREFIX, "PutSupplementalTaxRegistration");

  /** {@code tax:PutTaxInheritance}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_TAX_INHERITANCE = Action.of(PREFIX, "PutTaxInheritance");

  /** {@code tax:PutTaxInterview}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_TAX_INTERVIEW = Action.of(PREFIX, "PutTaxInterview");

  /** {@code tax:PutTaxRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_TAX_REGISTRATION = Action.of(PREFIX, "PutTaxRegistration");

  /** {@code tax:UpdateExemptions}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EXEMPTIONS = Action.of(PREFIX, "UpdateExemptions");

  private Tax() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
