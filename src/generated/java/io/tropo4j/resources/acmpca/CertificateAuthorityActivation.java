// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.acmpca;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ACMPCA::CertificateAuthorityActivation</code> resource creates and installs a CA
 * certificate on a CA. If no status is specified, the
 * <code>AWS::ACMPCA::CertificateAuthorityActivation</code> resource status defaults to ACTIVE. Once
 * the CA has a CA certificate installed, you can use the resource to toggle the CA status field
 * between <code>ACTIVE</code> and <code>DISABLED</code> .
 *
 * <p>CloudFormation type {@code AWS::ACMPCA::CertificateAuthorityActivation}.
 */
public final class CertificateAuthorityActivation extends Resource<CertificateAuthorityActivation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ACMPCA::CertificateAuthorityActivation")
      .required("Certificate", "CertificateAuthorityArn")
      .references("CertificateAuthorityArn", "AWS::ACMPCA::CertificateAuthority.Ref")
      .refYields("CertificateAuthorityArn")
      .attributes("CompleteCertificateChain")
      .build();

  public CertificateAuthorityActivation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Base64 PEM-encoded certificate authority certificate.
   *
   * <p>Required. CloudFormation property {@code Certificate}.
   */
  public CertificateAuthorityActivation certificate(String value) {
    return set("Certificate", Value.of(value));
  }

  /** Sets {@code Certificate} to this value; see {@link #certificate(String)}. */
  public CertificateAuthorityActivation certificate(Value<String> value) {
    return set("Certificate", value);
  }

  /**
   * The Amazon Resource Name (ARN) of your private CA.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CertificateAuthorityArn}.
   */
  public CertificateAuthorityActivation certificateAuthorityArn(String value) {
    return set("CertificateAuthorityArn", Value.of(value));
  }

  /**
   * Sets {@code CertificateAuthorityArn} to this value; see {@link
   * #certificateAuthorityArn(String)}.
   */
  public CertificateAuthorityActivation certificateAuthorityArn(Value<String> value) {
    return set("CertificateAuthorityArn", value);
  }

  /**
   * Sets {@code CertificateAuthorityArn} to the Ref of {@code AWS::ACMPCA::CertificateAuthority};
   * see {@link #certificateAuthorityArn(String)}.
   */
  public CertificateAuthorityActivation certificateAuthorityArn(CertificateAuthority resource) {
    return set("CertificateAuthorityArn", resource.ref());
  }

  /**
   * The Base64 PEM-encoded certificate chain that chains up to the root CA certificate that you
   * used to sign your private CA certificate.
   *
   * <p>CloudFormation property {@code CertificateChain}.
   */
  public CertificateAuthorityActivation certificateChain(String value) {
    return set("CertificateChain", Value.of(value));
  }

  /** Sets {@code CertificateChain} to this value; see {@link #certificateChain(String)}. */
  public CertificateAuthorityActivation certificateChain(Value<String> value) {
    return set("CertificateChain", value);
  }

  /**
   * Status of your private CA.
   *
   * <p>CloudFormation property {@code Status}.
   */
  public CertificateAuthorityActivation status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public CertificateAuthorityActivation status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The complete Base64 PEM-encoded certificate chain, including the certificate authority
   * certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CompleteCertificateChain}.
   */
  public Value<String> completeCertificateChain() {
    return getAtt("CompleteCertificateChain");
  }
}
