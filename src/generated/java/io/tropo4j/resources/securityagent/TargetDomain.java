// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityagent;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SecurityAgent::TargetDomain
 *
 * <p>CloudFormation type {@code AWS::SecurityAgent::TargetDomain}.
 */
public final class TargetDomain extends Resource<TargetDomain> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::TargetDomain")
      .required("TargetDomainName", "VerificationMethod")
      .allowed("VerificationMethod", "DNS_TXT", "HTTP_ROUTE", "PRIVATE_VPC")
      .refYields("TargetDomainId")
      .attributes("CreatedAt", "TargetDomainId", "VerificationDetails", "VerificationStatus",
          "VerificationStatusReason", "VerifiedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TargetDomain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Tags for the target domain
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TargetDomain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TargetDomain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TargetDomain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Domain name of the target domain
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TargetDomainName}.
   */
  public TargetDomain targetDomainName(String value) {
    return set("TargetDomainName", Value.of(value));
  }

  /** Sets {@code TargetDomainName} to this value; see {@link #targetDomainName(String)}. */
  public TargetDomain targetDomainName(Value<String> value) {
    return set("TargetDomainName", value);
  }

  /**
   * Verification method for the target domain
   *
   * <p>Required. Allowed values: {@code DNS_TXT}, {@code HTTP_ROUTE}, {@code PRIVATE_VPC}.
   * CloudFormation property {@code VerificationMethod}.
   */
  public TargetDomain verificationMethod(String value) {
    return set("VerificationMethod", Value.of(value));
  }

  /** Sets {@code VerificationMethod} to this value; see {@link #verificationMethod(String)}. */
  public TargetDomain verificationMethod(Value<String> value) {
    return set("VerificationMethod", value);
  }

  /**
   * Timestamp when the target domain was registered
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Unique identifier of the target domain
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetDomainId}.
   */
  public Value<String> targetDomainId() {
    return getAtt("TargetDomainId");
  }

  /**
   * Verification details to verify registered target domain
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerificationDetails}.
   */
  public Value<VerificationDetails> verificationDetails() {
    return getAtt("VerificationDetails");
  }

  /**
   * Current verification status of the registered target domain
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerificationStatus}.
   */
  public Value<String> verificationStatus() {
    return getAtt("VerificationStatus");
  }

  /**
   * Reason for the current target domain verification status
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerificationStatusReason}.
   */
  public Value<String> verificationStatusReason() {
    return getAtt("VerificationStatusReason");
  }

  /**
   * Timestamp when the target domain was last successfully verified
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedAt}.
   */
  public Value<String> verifiedAt() {
    return getAtt("VerifiedAt");
  }

  /**
   * Represents DNS TXT verification details
   *
   * <p>Property type {@code AWS::SecurityAgent::TargetDomain.DnsVerification}.
   */
  public static final class DnsVerification extends Struct<DnsVerification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::TargetDomain.DnsVerification")
        .allowed("DnsRecordType", "TXT")
        .build();

    public DnsVerification() {
      super(SCHEMA);
    }

    /**
     * Record name to be added in DNS for target domain
     *
     * <p>CloudFormation property {@code DnsRecordName}.
     */
    public DnsVerification dnsRecordName(String value) {
      return set("DnsRecordName", Value.of(value));
    }

    /** Sets {@code DnsRecordName} to this value; see {@link #dnsRecordName(String)}. */
    public DnsVerification dnsRecordName(Value<String> value) {
      return set("DnsRecordName", value);
    }

    /**
     * Type of record to be added in DNS for target domain
     *
     * <p>Allowed values: {@code TXT}. CloudFormation property {@code DnsRecordType}.
     */
    public DnsVerification dnsRecordType(String value) {
      return set("DnsRecordType", Value.of(value));
    }

    /** Sets {@code DnsRecordType} to this value; see {@link #dnsRecordType(String)}. */
    public DnsVerification dnsRecordType(Value<String> value) {
      return set("DnsRecordType", value);
    }

    /**
     * Token used to verify domain ownership
     *
     * <p>CloudFormation property {@code Token}.
     */
    public DnsVerification token(String value) {
      return set("Token", Value.of(value));
    }

    /** Sets {@code Token} to this value; see {@link #token(String)}. */
    public DnsVerification token(Value<String> value) {
      return set("Token", value);
    }
  }

  /**
   * Represents HTTP route verification details
   *
   * <p>Property type {@code AWS::SecurityAgent::TargetDomain.HttpVerification}.
   */
  public static final class HttpVerification extends Struct<HttpVerification> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityAgent::TargetDomain.HttpVerification");

    public HttpVerification() {
      super(SCHEMA);
    }

    /**
     * Route path where verification token should be placed
     *
     * <p>CloudFormation property {@code RoutePath}.
     */
    public HttpVerification routePath(String value) {
      return set("RoutePath", Value.of(value));
    }

    /** Sets {@code RoutePath} to this value; see {@link #routePath(String)}. */
    public HttpVerification routePath(Value<String> value) {
      return set("RoutePath", value);
    }

    /**
     * Token used to verify domain ownership
     *
     * <p>CloudFormation property {@code Token}.
     */
    public HttpVerification token(String value) {
      return set("Token", Value.of(value));
    }

    /** Sets {@code Token} to this value; see {@link #token(String)}. */
    public HttpVerification token(Value<String> value) {
      return set("Token", value);
    }
  }

  /**
   * Verification details to verify registered target domain
   *
   * <p>Property type {@code AWS::SecurityAgent::TargetDomain.VerificationDetails}.
   */
  public static final class VerificationDetails extends Struct<VerificationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::TargetDomain.VerificationDetails")
        .allowed("Method", "DNS_TXT", "HTTP_ROUTE", "PRIVATE_VPC")
        .build();

    public VerificationDetails() {
      super(SCHEMA);
    }

    /**
     * Represents DNS TXT verification details
     *
     * <p>CloudFormation property {@code DnsTxt}.
     */
    public VerificationDetails dnsTxt(Value<DnsVerification> value) {
      return set("DnsTxt", value);
    }

    /**
     * Represents HTTP route verification details
     *
     * <p>CloudFormation property {@code HttpRoute}.
     */
    public VerificationDetails httpRoute(Value<HttpVerification> value) {
      return set("HttpRoute", value);
    }

    /**
     * Type of domain ownership verification method
     *
     * <p>Allowed values: {@code DNS_TXT}, {@code HTTP_ROUTE}, {@code PRIVATE_VPC}. CloudFormation
     * property {@code Method}.
     */
    public VerificationDetails method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public VerificationDetails method(Value<String> value) {
      return set("Method", value);
    }
  }
}
