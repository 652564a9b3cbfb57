// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Certificate Manager (prefix {@code acm}), as the service authorization reference lists them.
 */
public final class Acm {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "acm";

  /** {@code acm:AddTagsToCertificate}: Tagging; on certificate. */
  public static final Action ADD_TAGS_TO_CERTIFICATE = Action.of(PREFIX, "AddTagsToCertificate");

  /** {@code acm:DeleteCertificate}: Write; on certificate. */
  public static final Action DELETE_CERTIFICATE = Action.of(PREFIX, "DeleteCertificate");

  /** {@code acm:DescribeCertificate}: Read; on certificate. */
  public static final Action DESCRIBE_CERTIFICATE = Action.of(PREFIX, "DescribeCertificate");

  /** {@code acm:ExportCertificate}: Read; on certificate. */
  public static final Action EXPORT_CERTIFICATE = Action.of(PREFIX, "ExportCertificate");

  /** {@code acm:GetAccountConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "GetAccountConfiguration");

  /** {@code acm:GetCertificate}: Read; on certificate. */
  public static final Action GET_CERTIFICATE = Action.of(PREFIX, "GetCertificate");

  /** {@code acm:ImportCertificate}: Write; on certificate. */
  public static final Action IMPORT_CERTIFICATE = Action.of(PREFIX, "ImportCertificate");

  /** {@code acm:ListCertificates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CERTIFICATES = Action.of(PREFIX, "ListCertificates");

  /** {@code acm:ListTagsForCertificate}: Read; on certificate. */
  public static final Action LIST_TAGS_FOR_CERTIFICATE = Action.of(PREFIX, "ListTagsForCertificate");

  /** {@code acm:PutAccountConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "PutAccountConfiguration");

  /** {@code acm:RemoveTagsFromCertificate}: Tagging; on certificate. */
  public static final Action REMOVE_TAGS_FROM_CERTIFICATE = Action.of(PREFIX, "RemoveTagsFromCertificate");

  /** {@code acm:RenewCertificate}: Write; on certificate. */
  public static final Action RENEW_CERTIFICATE = Action.of(PREFIX, "RenewCertificate");

  /** {@code acm:RequestCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action REQUEST_CERTIFICATE = Action.of(PREFIX, "RequestCertificate");

  /** {@code acm:ResendValidationEmail}: Write; on certificate. */
  public static final Action RESEND_VALIDATION_EMAIL = Action.of(PREFIX, "ResendValidationEmail");

  /** {@code acm:RevokeCertificate}: Write; on certificate. */
  public static final Action REVOKE_CERTIFICATE = Action.of(PREFIX, "RevokeCertificate");

  /** {@code acm:SearchCertificates}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_CERTIFICATES = Action.of(PREFIX, "SearchCertificates");

  /** {@code acm:UpdateCertificateOptions}: Write; on certificate. */
  public static final Action UPDATE_CERTIFICATE_OPTIONS = Action.of(PREFIX, "UpdateCertificateOptions");

  private Acm() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
