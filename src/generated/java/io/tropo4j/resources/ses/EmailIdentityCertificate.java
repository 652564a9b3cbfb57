// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates an AWS Certificate Manager certificate with a sender under an SES email identity, so
 * that SES signs the sender's mail with S/MIME. Removing this resource removes only the
 * association. The ACM certificate itself stays intact. SES stores the sender lower-cased, and this
 * provider matches senders case-insensitively and preserves the casing from the template.
 *
 * <p>CloudFormation type {@code AWS::SES::EmailIdentityCertificate}.
 */
public final class EmailIdentityCertificate extends Resource<EmailIdentityCertificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::EmailIdentityCertificate")
      .required("CertificateArn", "EmailIdentity", "FromAddress")
      .constrain("CertificateArn", Constraint.of().pattern("^arn:aws[a-z0-9-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[^\\s]+$").minLength(20).maxLength(2048).format("AWS::ACM::Certificate.Arn"))
      .constrain("EmailIdentity", Constraint.of().minLength(1).maxLength(320))
      .constrain("FromAddress", Constraint.of().minLength(1).maxLength(320))
      .build();

  public EmailIdentityCertificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the AWS Certificate Manager certificate to associate with the sender.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z0-9-]*:acm:[a-z0-9-]+:&#92;d{12}:certificate/[^&#92;s]+$}. Format: {@code
   * AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
   */
  public EmailIdentityCertificate certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public EmailIdentityCertificate certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * The email identity that owns the sender the certificate is associated with.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 320 characters. CloudFormation
   * property {@code EmailIdentity}.
   */
  public EmailIdentityCertificate emailIdentity(String value) {
    return set("EmailIdentity", Value.of(value));
  }

  /** Sets {@code EmailIdentity} to this value; see {@link #emailIdentity(String)}. */
  public EmailIdentityCertificate emailIdentity(Value<String> value) {
    return set("EmailIdentity", value);
  }

  /**
   * The sender the certificate signs for. For an email address identity this is the identity
   * itself.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 320 characters. CloudFormation
   * property {@code FromAddress}.
   */
  public EmailIdentityCertificate fromAddress(String value) {
    return set("FromAddress", Value.of(value));
  }

  /** Sets {@code FromAddress} to this value; see {@link #fromAddress(String)}. */
  public EmailIdentityCertificate fromAddress(Value<String> value) {
    return set("FromAddress", value);
  }
}
