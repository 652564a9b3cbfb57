// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::LoadBalancerTlsCertificate</code> resource specifies a TLS certificate
 * that can be used with a Lightsail load balancer.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::LoadBalancerTlsCertificate}.
 */
public final class LoadBalancerTlsCertificate extends Resource<LoadBalancerTlsCertificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::LoadBalancerTlsCertificate")
      .required("CertificateDomainName", "CertificateName", "LoadBalancerName")
      .constrain("CertificateName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .constrain("LoadBalancerName", Constraint.of().pattern("\\w[\\w\\-]*\\w"))
      .attributes("LoadBalancerTlsCertificateArn", "Status")
      .build();

  public LoadBalancerTlsCertificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of alternative domain names and subdomain names for your SSL/TLS certificate.
   *
   * <p>In addition to the primary domain name, you can have up to nine alternative domain names.
   * Wildcards (such as <code>*.example.com</code> ) are not supported.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * CertificateAlternativeNames}.
   */
  public LoadBalancerTlsCertificate certificateAlternativeNames(List<String> value) {
    return set("CertificateAlternativeNames", Value.listOf(value));
  }

  /**
   * Sets {@code CertificateAlternativeNames} to this value; see {@link
   * #certificateAlternativeNames(List)}.
   */
  public LoadBalancerTlsCertificate certificateAlternativeNames(Value<List<String>> value) {
    return set("CertificateAlternativeNames", value);
  }

  /**
   * The domain name for the SSL/TLS certificate. For example, <code>example.com</code> or
   * <code>www.example.com</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CertificateDomainName}.
   */
  public LoadBalancerTlsCertificate certificateDomainName(String value) {
    return set("CertificateDomainName", Value.of(value));
  }

  /**
   * Sets {@code CertificateDomainName} to this value; see {@link #certificateDomainName(String)}.
   */
  public LoadBalancerTlsCertificate certificateDomainName(Value<String> value) {
    return set("CertificateDomainName", value);
  }

  /**
   * The name of the SSL/TLS certificate.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}.
   * CloudFormation property {@code CertificateName}.
   */
  public LoadBalancerTlsCertificate certificateName(String value) {
    return set("CertificateName", Value.of(value));
  }

  /** Sets {@code CertificateName} to this value; see {@link #certificateName(String)}. */
  public LoadBalancerTlsCertificate certificateName(Value<String> value) {
    return set("CertificateName", value);
  }

  /**
   * A Boolean value indicating whether HTTPS redirection is enabled for the load balancer that the
   * TLS certificate is attached to.
   *
   * <p>CloudFormation property {@code HttpsRedirectionEnabled}.
   */
  public LoadBalancerTlsCertificate httpsRedirectionEnabled(boolean value) {
    return set("HttpsRedirectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code HttpsRedirectionEnabled} to this value; see {@link
   * #httpsRedirectionEnabled(boolean)}.
   */
  public LoadBalancerTlsCertificate httpsRedirectionEnabled(Value<Boolean> value) {
    return set("HttpsRedirectionEnabled", value);
  }

  /**
   * A Boolean value indicating whether the SSL/TLS certificate is attached to a Lightsail load
   * balancer.
   *
   * <p>CloudFormation property {@code IsAttached}.
   */
  public LoadBalancerTlsCertificate isAttached(boolean value) {
    return set("IsAttached", Value.of(value));
  }

  /** Sets {@code IsAttached} to this value; see {@link #isAttached(boolean)}. */
  public LoadBalancerTlsCertificate isAttached(Value<Boolean> value) {
    return set("IsAttached", value);
  }

  /**
   * The name of the load balancer that the SSL/TLS certificate is attached to.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code &#92;w[&#92;w&#92;-]*&#92;w}.
   * CloudFormation property {@code LoadBalancerName}.
   */
  public LoadBalancerTlsCertificate loadBalancerName(String value) {
    return set("LoadBalancerName", Value.of(value));
  }

  /** Sets {@code LoadBalancerName} to this value; see {@link #loadBalancerName(String)}. */
  public LoadBalancerTlsCertificate loadBalancerName(Value<String> value) {
    return set("LoadBalancerName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the SSL/TLS certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoadBalancerTlsCertificateArn}.
   */
  public Value<String> loadBalancerTlsCertificateArn() {
    return getAtt("LoadBalancerTlsCertificateArn");
  }

  /**
   * The validation status of the SSL/TLS certificate.
   *
   * <p>Valid Values: <code>PENDING_VALIDATION</code> | <code>ISSUED</code> | <code>INACTIVE</code>
   * | <code>EXPIRED</code> | <code>VALIDATION_TIMED_OUT</code> | <code>REVOKED</code> |
   * <code>FAILED</code> | <code>UNKNOWN</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
