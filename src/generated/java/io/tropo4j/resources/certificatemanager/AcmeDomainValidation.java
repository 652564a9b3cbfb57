// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.certificatemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::CertificateManager::AcmeDomainValidation
 *
 * <p>CloudFormation type {@code AWS::CertificateManager::AcmeDomainValidation}.
 */
public final class AcmeDomainValidation extends Resource<AcmeDomainValidation> {
  private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeDomainValidation")
      .required("AcmeEndpointArn", "DomainName", "PrevalidationOptions")
      .constrain("AcmeEndpointArn", Constraint.of().pattern("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:acme-endpoint/[a-zA-Z0-9-]+$").minLength(1).maxLength(200))
      .constrain("DomainName", Constraint.of().pattern("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$").minLength(1).maxLength(253))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AcmeDomainValidation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the ACME endpoint this domain validation is associated with.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:acme-endpoint/[a-zA-Z0-9-]+$}. CloudFormation property
   * {@code AcmeEndpointArn}.
   */
  public AcmeDomainValidation acmeEndpointArn(String value) {
    return set("AcmeEndpointArn", Value.of(value));
  }

  /** Sets {@code AcmeEndpointArn} to this value; see {@link #acmeEndpointArn(String)}. */
  public AcmeDomainValidation acmeEndpointArn(Value<String> value) {
    return set("AcmeEndpointArn", value);
  }

  /**
   * The domain name to validate.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 253 characters. Pattern: {@code
   * ^([a-z0-9]([a-z0-9-]*[a-z0-9])?&#92;.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$}. CloudFormation property
   * {@code DomainName}.
   */
  public AcmeDomainValidation domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public AcmeDomainValidation domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Prevalidation method configuration. Currently only DNS-based prevalidation is supported.
   *
   * <p>Required. CloudFormation property {@code PrevalidationOptions}.
   */
  public AcmeDomainValidation prevalidationOptions(Value<PrevalidationOptions> value) {
    return set("PrevalidationOptions", value);
  }

  /**
   * Tags associated with the domain validation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AcmeDomainValidation tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AcmeDomainValidation tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public AcmeDomainValidation tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AcmeDomainValidation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the domain validation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * DNS-based prevalidation options for the domain validation.
   *
   * <p>Property type {@code AWS::CertificateManager::AcmeDomainValidation.DnsPrevalidationOptions}.
   */
  public static final class DnsPrevalidationOptions extends Struct<DnsPrevalidationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::CertificateManager::AcmeDomainValidation.DnsPrevalidationOptions");

    public DnsPrevalidationOptions() {
      super(SCHEMA);
    }

    /**
     * Controls which certificate types are authorized to be issued for the domain via the ACME
     * endpoint.
     *
     * <p>CloudFormation property {@code DomainScope}.
     */
    public DnsPrevalidationOptions domainScope(Value<DomainScope> value) {
      return set("DomainScope", value);
    }

    /**
     * The Route 53 hosted zone ID for automatic DNS record management. When provided, the service
     * creates the validation DNS record on the customer's behalf.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HostedZoneId}.
     */
    public DnsPrevalidationOptions hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public DnsPrevalidationOptions hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
    }
  }

  /**
   * Controls which certificate types are authorized to be issued for the domain via the ACME
   * endpoint.
   *
   * <p>Property type {@code AWS::CertificateManager::AcmeDomainValidation.DomainScope}.
   */
  public static final class DomainScope extends Struct<DomainScope> {
    private static final Schema SCHEMA = Schema.of("AWS::CertificateManager::AcmeDomainValidation.DomainScope");

    public DomainScope() {
      super(SCHEMA);
    }

    /**
     * Whether certificates may be issued for the exact domain.
     *
     * <p>CloudFormation property {@code ExactDomain}.
     */
    public DomainScope exactDomain(String value) {
      return set("ExactDomain", Value.of(value));
    }

    /** Sets {@code ExactDomain} to this value; see {@link #exactDomain(String)}. */
    public DomainScope exactDomain(Value<String> value) {
      return set("ExactDomain", value);
    }

    /**
     * Whether certificates may be issued for subdomains of the domain.
     *
     * <p>CloudFormation property {@code Subdomains}.
     */
    public DomainScope subdomains(String value) {
      return set("Subdomains", Value.of(value));
    }

    /** Sets {@code Subdomains} to this value; see {@link #subdomains(String)}. */
    public DomainScope subdomains(Value<String> value) {
      return set("Subdomains", value);
    }

    /**
     * Whether wildcard certificates may be issued for the domain.
     *
     * <p>CloudFormation property {@code Wildcards}.
     */
    public DomainScope wildcards(String value) {
      return set("Wildcards", Value.of(value));
    }

    /** Sets {@code Wildcards} to this value; see {@link #wildcards(String)}. */
    public DomainScope wildcards(Value<String> value) {
      return set("Wildcards", value);
    }
  }

  /**
   * Prevalidation method configuration. Currently only DNS-based prevalidation is supported.
   *
   * <p>Property type {@code AWS::CertificateManager::AcmeDomainValidation.PrevalidationOptions}.
   */
  public static final class PrevalidationOptions extends Struct<PrevalidationOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeDomainValidation.PrevalidationOptions")
        .required("DnsPrevalidation")
        .build();

    public PrevalidationOptions() {
      super(SCHEMA);
    }

    /**
     * DNS-based prevalidation options for the domain validation.
     *
     * <p>Required. CloudFormation property {@code DnsPrevalidation}.
     */
    public PrevalidationOptions dnsPrevalidation(Value<DnsPrevalidationOptions> value) {
      return set("DnsPrevalidation", value);
    }
  }

  /** Property type {@code AWS::CertificateManager::AcmeDomainValidation.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeDomainValidation.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * The key name of the tag.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the tag.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
     */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
