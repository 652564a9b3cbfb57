// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Private Certificate Authority (prefix {@code acm-pca}), as the service authorization reference lists them.
 */
public final class AcmPca {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "acm-pca";

  /** {@code acm-pca:CreateCertificateAuthority}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "CreateCertificateAuthority");

  /** {@code acm-pca:CreateCertificateAuthorityAuditReport}: Write; on certificate-authority. */
  public static final Action CREATE_CERTIFICATE_AUTHORITY_AUDIT_REPORT = Action.of(PREFIX, "CreateCertificateAuthorityAuditReport");

  /** {@code acm-pca:CreatePermission}: Permissions management; on certificate-authority. */
  public static final Action CREATE_PERMISSION = Action.of(PREFIX, "CreatePermission");

  /** {@code acm-pca:DeleteCertificateAuthority}: Write; on certificate-authority. */
  public static final Action DELETE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "DeleteCertificateAuthority");

  /** {@code acm-pca:DeletePermission}: Permissions management; on certificate-authority. */
  public static final Action DELETE_PERMISSION = Action.of(PREFIX, "DeletePermission");

  /** {@code acm-pca:DeletePolicy}: Permissions management; on certificate-authority. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code acm-pca:DescribeCertificateAuthority}: Read; on certificate-authority. */
  public static final Action DESCRIBE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "DescribeCertificateAuthority");

  /** {@code acm-pca:DescribeCertificateAuthorityAuditReport}: Read; on certificate-authority. */
  public static final Action DESCRIBE_CERTIFICATE_AUTHORITY_AUDIT_REPORT = Action.of(PREFIX, "DescribeCertificateAuthorityAuditReport");

  /** {@code acm-pca:GetCertificate}: Read; on certificate-authority. */
  public static final Action GET_CERTIFICATE = Action.of(PREFIX, "GetCertificate");

  /** {@code acm-pca:GetCertificateAuthorityCertificate}: Read; on certificate-authority. */
  public static final Action GET_CERTIFICATE_AUTHORITY_CERTIFICATE = Action.of(PREFIX, "GetCertificateAuthorityCertificate");

  /** {@code acm-pca:GetCertificateAuthorityCsr}: Read; on certificate-authority. */
  public static final Action GET_CERTIFICATE_AUTHORITY_CSR = Action.of(PREFIX, "GetCertificateAuthorityCsr");

  /** {@code acm-pca:GetPolicy}: Read; on certificate-authority. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code acm-pca:ImportCertificateAuthorityCertificate}: Write; on certificate-authority. */
  public static final Action IMPORT_CERTIFICATE_AUTHORITY_CERTIFICATE = Action.of(PREFIX, "ImportCertificateAuthorityCertificate");

  /** {@code acm-pca:IssueCertificate}: Write; on certificate-authority. */
  public static final Action ISSUE_CERTIFICATE = Action.of(PREFIX, "IssueCertificate");

  /** {@code acm-pca:ListCertificateAuthorities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CERTIFICATE_AUTHORITIES = Action.of(PREFIX, "ListCertificateAuthorities");

  /** {@code acm-pca:ListPermissions}: Read; on certificate-authority. */
  public static final Action LIST_PERMISSIONS = Action.of(PREFIX, "ListPermissions");

  /** {@code acm-pca:ListTags}: Read; on certificate-authority. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code acm-pca:PutPolicy}: Permissions management; on certificate-authority. */
  public static final Action PUT_POLICY = Action.of(PREFIX, "PutPolicy");

  /** {@code acm-pca:RestoreCertificateAuthority}: Write; on certificate-authority. */
  public static final Action RESTORE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "RestoreCertificateAuthority");

  /** {@code acm-pca:RevokeCertificate}: Write; on certificate-authority. */
  public static final Action REVOKE_CERTIFICATE = Action.of(PREFIX, "RevokeCertificate");

  /** {@code acm-pca:TagCertificateAuthority}: Tagging; on certificate-authority. */
  public static final Action TAG_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "TagCertificateAuthority");

  /** {@code acm-pca:UntagCertificateAuthority}: Tagging; on certificate-authority. */
  public static final Action UNTAG_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "UntagCertificateAuthority");

  /** {@code acm-pca:UpdateCertificateAuthority}: Write; on certificate-authority. */
  public static final Action UPDATE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "UpdateCertificateAuthority");

  private AcmPca() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
