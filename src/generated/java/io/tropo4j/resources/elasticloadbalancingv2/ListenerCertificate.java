// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticloadbalancingv2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an SSL server certificate to add to the certificate list for an HTTPS or TLS listener.
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancingV2::ListenerCertificate}.
 */
public final class ListenerCertificate extends Resource<ListenerCertificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerCertificate")
      .required("Certificates", "ListenerArn")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ListenerCertificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The certificate. You can specify one certificate per resource.
   *
   * <p>Required. CloudFormation property {@code Certificates}.
   */
  public ListenerCertificate certificates(List<Certificate> value) {
    return set("Certificates", Value.listOf(value));
  }

  /** Sets {@code Certificates} to this value; see {@link #certificates(List)}. */
  public ListenerCertificate certificates(Value<List<Certificate>> value) {
    return set("Certificates", value);
  }

  /** Sets {@code Certificates} to a list of these; see {@link #certificates(List)}. */
  public ListenerCertificate certificates(Certificate... values) {
    return set("Certificates", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the listener.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ListenerArn}.
   */
  public ListenerCertificate listenerArn(String value) {
    return set("ListenerArn", Value.of(value));
  }

  /** Sets {@code ListenerArn} to this value; see {@link #listenerArn(String)}. */
  public ListenerCertificate listenerArn(Value<String> value) {
    return set("ListenerArn", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies an SSL server certificate for the certificate list of a secure listener.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerCertificate.Certificate}.
   */
  public static final class Certificate extends Struct<Certificate> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerCertificate.Certificate");

    public Certificate() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the certificate.
     *
     * <p>CloudFormation property {@code CertificateArn}.
     */
    public Certificate certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public Certificate certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }
  }
}
