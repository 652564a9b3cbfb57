// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.certificatemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::CertificateManager::AcmeEndpoint
 *
 * <p>CloudFormation type {@code AWS::CertificateManager::AcmeEndpoint}.
 */
public final class AcmeEndpoint extends Resource<AcmeEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeEndpoint")
      .required("AuthorizationBehavior", "CertificateAuthority")
      .allowed("AuthorizationBehavior", "PRE_APPROVED")
      .allowed("Contact", "NOT_REQUIRED", "REQUIRED")
      .refYields("AcmeEndpointArn")
      .attributes("AcmeEndpointArn", "EndpointUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AcmeEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The authorization behavior for the ACME endpoint.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code PRE_APPROVED}.
   * CloudFormation property {@code AuthorizationBehavior}.
   */
  public AcmeEndpoint authorizationBehavior(String value) {
    return set("AuthorizationBehavior", Value.of(value));
  }

  /**
   * Sets {@code AuthorizationBehavior} to this value; see {@link #authorizationBehavior(String)}.
   */
  public AcmeEndpoint authorizationBehavior(Value<String> value) {
    return set("AuthorizationBehavior", value);
  }

  /**
   * The certificate authority configuration for the ACME endpoint.
   *
   * <p>Required. CloudFormation property {@code CertificateAuthority}.
   */
  public AcmeEndpoint certificateAuthority(Value<CertificateAuthority> value) {
    return set("CertificateAuthority", value);
  }

  /**
   * Tags applied to certificates issued via this endpoint.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CertificateTags}.
   */
  public AcmeEndpoint certificateTags(List<Tag> value) {
    return set("CertificateTags", Value.listOf(value));
  }

  /** Sets {@code CertificateTags} to this value; see {@link #certificateTags(List)}. */
  public AcmeEndpoint certificateTags(Value<List<Tag>> value) {
    return set("CertificateTags", value);
  }

  /**
   * Whether contact information is required for the ACME endpoint.
   *
   * <p>Allowed values: {@code NOT_REQUIRED}, {@code REQUIRED}. CloudFormation property {@code
   * Contact}.
   */
  public AcmeEndpoint contact(String value) {
    return set("Contact", Value.of(value));
  }

  /** Sets {@code Contact} to this value; see {@link #contact(String)}. */
  public AcmeEndpoint contact(Value<String> value) {
    return set("Contact", value);
  }

  /**
   * Tags associated with the ACME endpoint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AcmeEndpoint tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AcmeEndpoint tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public AcmeEndpoint tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AcmeEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the ACME endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AcmeEndpointArn}.
   */
  public Value<String> acmeEndpointArn() {
    return getAtt("AcmeEndpointArn");
  }

  /**
   * The ACME directory URL for the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointUrl}.
   */
  public Value<String> endpointUrl() {
    return getAtt("EndpointUrl");
  }

  /**
   * The certificate authority configuration for the ACME endpoint.
   *
   * <p>Property type {@code AWS::CertificateManager::AcmeEndpoint.CertificateAuthority}.
   */
  public static final class CertificateAuthority extends Struct<CertificateAuthority> {
    private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeEndpoint.CertificateAuthority")
        .required("PublicCertificateAuthority")
        .build();

    public CertificateAuthority() {
      super(SCHEMA);
    }

    /**
     * Configuration for the public certificate authority.
     *
     * <p>Required. CloudFormation property {@code PublicCertificateAuthority}.
     */
    public CertificateAuthority publicCertificateAuthority(Value<PublicCertificateAuthority> value) {
      return set("PublicCertificateAuthority", value);
    }
  }

  /**
   * Configuration for the public certificate authority.
   *
   * <p>Property type {@code AWS::CertificateManager::AcmeEndpoint.PublicCertificateAuthority}.
   */
  public static final class PublicCertificateAuthority extends Struct<PublicCertificateAuthority> {
    private static final Schema SCHEMA = Schema.of("AWS::CertificateManager::AcmeEndpoint.PublicCertificateAuthority");

    public PublicCertificateAuthority() {
      super(SCHEMA);
    }

    /**
     * The allowed key algorithms for certificates issued via this endpoint.
     *
     * <p>CloudFormation property {@code AllowedKeyAlgorithms}.
     */
    public PublicCertificateAuthority allowedKeyAlgorithms(List<String> value) {
      return set("AllowedKeyAlgorithms", Value.listOf(value));
    }

    /** Sets {@code AllowedKeyAlgorithms} to this value; see {@link #allowedKeyAlgorithms(List)}. */
    public PublicCertificateAuthority allowedKeyAlgorithms(Value<List<String>> value) {
      return set("AllowedKeyAlgorithms", value);
    }
  }

  /** Property type {@code AWS::CertificateManager::AcmeEndpoint.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeEndpoint.TagsItems")
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
