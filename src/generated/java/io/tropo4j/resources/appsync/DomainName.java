// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppSync::DomainName</code> resource creates a <code>DomainNameConfig</code> object
 * to configure a custom domain.
 *
 * <p>CloudFormation type {@code AWS::AppSync::DomainName}.
 */
public final class DomainName extends Resource<DomainName> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DomainName")
      .required("CertificateArn", "DomainName")
      .constrain("CertificateArn", Constraint.of().pattern("^arn:[a-z-]*:acm:[a-z0-9-]*:\\d{12}:certificate/[0-9A-Za-z_/-]*$").minLength(3).maxLength(2048).format("AWS::ACM::Certificate.Arn"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(255))
      .constrain("DomainName", Constraint.of().pattern("^(\\*[a-z\\d-]*\\.)?([a-z\\d-]+\\.)+[a-z\\d-]+$").minLength(1).maxLength(253))
      .refYields("DomainName")
      .attributes("AppSyncDomainName", "DomainName", "DomainNameArn", "HostedZoneId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DomainName(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the certificate. This will be an Certificate Manager
   * certificate.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 2048 characters. Pattern: {@code
   * ^arn:[a-z-]*:acm:[a-z0-9-]*:&#92;d{12}:certificate/[0-9A-Za-z_/-]*$}. Format: {@code
   * AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
   */
  public DomainName certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public DomainName certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * The decription for your domain name.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code Description}.
   */
  public DomainName description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DomainName description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The domain name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 253 characters. Pattern: {@code
   * ^(&#92;*[a-z&#92;d-]*&#92;.)?([a-z&#92;d-]+&#92;.)+[a-z&#92;d-]+$}. CloudFormation property
   * {@code DomainName}.
   */
  public DomainName domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainName domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * A set of tags (key-value pairs) for this domain name.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DomainName tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DomainName tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DomainName tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The domain name provided by AWS AppSync .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppSyncDomainName}.
   */
  public Value<String> appSyncDomainName() {
    return getAtt("AppSyncDomainName");
  }

  /**
   * The domain name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * The Amazon resource name (ARN) of the domain name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainNameArn}.
   */
  public Value<String> domainNameArn() {
    return getAtt("DomainNameArn");
  }

  /**
   * The ID of your Amazon Route 53 hosted zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostedZoneId}.
   */
  public Value<String> hostedZoneId() {
    return getAtt("HostedZoneId");
  }
}
