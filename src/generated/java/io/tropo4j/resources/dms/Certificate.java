// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::DMS::Certificate</code> resource creates an Secure Sockets Layer (SSL) certificate
 * that encrypts connections between AWS DMS endpoints and the replication instance.
 *
 * <p>CloudFormation type {@code AWS::DMS::Certificate}.
 */
public final class Certificate extends Resource<Certificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::Certificate")
      .refYields("CertificateArn")
      .attributes("CertificateArn")
      .build();

  public Certificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A customer-assigned name for the certificate. Identifiers must begin with a letter and must
   * contain only ASCII letters, digits, and hyphens. They can't end with a hyphen or contain two
   * consecutive hyphens.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CertificateIdentifier}.
   */
  public Certificate certificateIdentifier(String value) {
    return set("CertificateIdentifier", Value.of(value));
  }

  /**
   * Sets {@code CertificateIdentifier} to this value; see {@link #certificateIdentifier(String)}.
   */
  public Certificate certificateIdentifier(Value<String> value) {
    return set("CertificateIdentifier", value);
  }

  /**
   * The contents of a <code>.pem</code> file, which contains an X.509 certificate.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CertificatePem}.
   */
  public Certificate certificatePem(String value) {
    return set("CertificatePem", Value.of(value));
  }

  /** Sets {@code CertificatePem} to this value; see {@link #certificatePem(String)}. */
  public Certificate certificatePem(Value<String> value) {
    return set("CertificatePem", value);
  }

  /**
   * The location of an imported Oracle Wallet certificate for use with SSL. An example is:
   * <code>filebase64("${path.root}/rds-ca-2019-root.sso")</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CertificateWallet}.
   */
  public Certificate certificateWallet(String value) {
    return set("CertificateWallet", Value.of(value));
  }

  /** Sets {@code CertificateWallet} to this value; see {@link #certificateWallet(String)}. */
  public Certificate certificateWallet(Value<String> value) {
    return set("CertificateWallet", value);
  }

  /**
   * The certificate Arn
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateArn}.
   */
  public Value<String> certificateArn() {
    return getAtt("CertificateArn");
  }
}
