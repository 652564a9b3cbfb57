// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.acmpca;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Grants permissions to the Certificate Manager ( ACM ) service principal (
 * <code>acm.amazonaws.com</code> ) to perform <a
 * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_IssueCertificate.html">IssueCertificate</a>
 * , <a
 * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_GetCertificate.html">GetCertificate</a>
 * , and <a
 * href="https://docs.aws.amazon.com/privateca/latest/APIReference/API_ListPermissions.html">ListPermissions</a>
 * actions on a CA. These actions are needed for the ACM principal to renew private PKI certificates
 * requested through ACM and residing in the same AWS account as the CA.
 *
 * <p><b>About permissions</b> - If the private CA and the certificates it issues reside in the same
 * account, you can use <code>AWS::ACMPCA::Permission</code> to grant permissions for ACM to carry
 * out automatic certificate renewals.
 *
 * <ul> <li>For automatic certificate renewal to succeed, the ACM service principal needs
 * permissions to create, retrieve, and list permissions. <li>If the private CA and the ACM
 * certificates reside in different accounts, then permissions cannot be used to enable automatic
 * renewals. Instead, the ACM certificate owner must set up a resource-based policy to enable
 * cross-account issuance and renewals. For more information, see <a
 * href="https://docs.aws.amazon.com/privateca/latest/userguide/pca-rbp.html">Using a Resource Based
 * Policy with AWS Private CA</a> . </ul>
 *
 * <p>To update an <code>AWS::ACMPCA::Permission</code> resource, you must first delete the existing
 * permission resource from the CloudFormation stack and then create a new permission resource with
 * updated properties.
 *
 * <p>CloudFormation type {@code AWS::ACMPCA::Permission}.
 */
public final class Permission extends Resource<Permission> {
  private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::Permission")
      .required("Actions", "CertificateAuthorityArn", "Principal")
      .allowed("Actions", "GetCertificate", "IssueCertificate", "ListPermissions")
      .constrain("CertificateAuthorityArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:acm-pca:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*$").minLength(5).maxLength(200))
      .references("CertificateAuthorityArn", "AWS::ACMPCA::CertificateAuthority.Ref")
      .constrain("Principal", Constraint.of().pattern("^[^*]+$").minLength(0).maxLength(128))
      .constrain("SourceAccount", Constraint.of().pattern("^[0-9]+$").minLength(12).maxLength(12))
      .build();

  public Permission(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The private CA actions that can be performed by the designated AWS service. Supported actions
   * are <code>IssueCertificate</code> , <code>GetCertificate</code> , and
   * <code>ListPermissions</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code GetCertificate}, {@code
   * IssueCertificate}, {@code ListPermissions}. CloudFormation property {@code Actions}.
   */
  public Permission actions(List<String> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public Permission actions(Value<List<String>> value) {
    return set("Actions", value);
  }

  /**
   * The Amazon Resource Number (ARN) of the private CA from which the permission was issued.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:[&#92;w+=/,.&#64;-]+:acm-pca:[&#92;w+=/,.&#64;-]*:[0-9]*:[&#92;w+=,.&#64;-]+(/[&#92;w+=,.&#64;-]+)*$}.
   * CloudFormation property {@code CertificateAuthorityArn}.
   */
  public Permission certificateAuthorityArn(String value) {
    return set("CertificateAuthorityArn", Value.of(value));
  }

  /**
   * Sets {@code CertificateAuthorityArn} to this value; see {@link
   * #certificateAuthorityArn(String)}.
   */
  public Permission certificateAuthorityArn(Value<String> value) {
    return set("CertificateAuthorityArn", value);
  }

  /**
   * Sets {@code CertificateAuthorityArn} to the Ref of {@code AWS::ACMPCA::CertificateAuthority};
   * see {@link #certificateAuthorityArn(String)}.
   */
  public Permission certificateAuthorityArn(CertificateAuthority resource) {
    return set("CertificateAuthorityArn", resource.ref());
  }

  /**
   * The AWS service or entity that holds the permission. At this time, the only valid principal is
   * <code>acm.amazonaws.com</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^[^*]+$}. CloudFormation property {@code Principal}.
   */
  public Permission principal(String value) {
    return set("Principal", Value.of(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
  public Permission principal(Value<String> value) {
    return set("Principal", value);
  }

  /**
   * The ID of the account that assigned the permission.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code ^[0-9]+$}.
   * CloudFormation property {@code SourceAccount}.
   */
  public Permission sourceAccount(String value) {
    return set("SourceAccount", Value.of(value));
  }

  /** Sets {@code SourceAccount} to this value; see {@link #sourceAccount(String)}. */
  public Permission sourceAccount(Value<String> value) {
    return set("SourceAccount", value);
  }
}
