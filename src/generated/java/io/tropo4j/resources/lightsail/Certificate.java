// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::Certificate</code> resource specifies an SSL/TLS certificate that you
 * can use with a content delivery network (CDN) distribution and a container service.
 *
 * <p>For information about certificates that you can use with a load balancer, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-loadbalancertlscertificate.html">AWS::Lightsail::LoadBalancerTlsCertificate</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Certificate}.
 */
public final class Certificate extends Resource<Certificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Certificate")
      .required("CertificateName", "DomainName")
      .refYields("CertificateName")
      .attributes("CertificateArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Certificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the certificate.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CertificateName}.
   */
  public Certificate certificateName(String value) {
    return set("CertificateName", Value.of(value));
  }

  /** Sets {@code CertificateName} to this value; see {@link #certificateName(String)}. */
  public Certificate certificateName(Value<String> value) {
    return set("CertificateName", value);
  }

  /**
   * The domain name of the certificate.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public Certificate domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Certificate domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * An array of strings that specify the alternate domains (such as <code>example.org</code> ) and
   * subdomains (such as <code>blog.example.com</code> ) of the certificate.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubjectAlternativeNames}.
   */
  public Certificate subjectAlternativeNames(List<String> value) {
    return set("SubjectAlternativeNames", Value.listOf(value));
  }

  /**
   * Sets {@code SubjectAlternativeNames} to this value; see {@link #subjectAlternativeNames(List)}.
   */
  public Certificate subjectAlternativeNames(Value<List<String>> value) {
    return set("SubjectAlternativeNames", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>The <code>Value</code> of <code>Tags</code> is optional for Lightsail resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Certificate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Certificate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Certificate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateArn}.
   */
  public Value<String> certificateArn() {
    return getAtt("CertificateArn");
  }

  /**
   * The validation status of the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
