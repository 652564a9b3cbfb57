// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A trust store.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::TrustStore}.
 */
public final class TrustStore extends Resource<TrustStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::TrustStore")
      .required("Name")
      .refYields("Id")
      .attributes("Arn", "ETag", "Id", "LastModifiedTime", "NumberOfCaCertificates", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrustStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A CA certificates bundle source.
   *
   * <p>CloudFormation property {@code CaCertificatesBundleSource}.
   */
  public TrustStore caCertificatesBundleSource(Value<CaCertificatesBundleSource> value) {
    return set("CaCertificatesBundleSource", value);
  }

  /**
   * The trust store's name.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public TrustStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TrustStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrustStore tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrustStore tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrustStore tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A boolean. When true, performs real-time certificate revocation checks by querying the OCSP
   * endpoint specified within the client certificate.
   *
   * <p>CloudFormation property {@code UseClientCertificateOCSPEndpoint}.
   */
  public TrustStore useClientCertificateOCSPEndpoint(boolean value) {
    return set("UseClientCertificateOCSPEndpoint", Value.of(value));
  }

  /**
   * Sets {@code UseClientCertificateOCSPEndpoint} to this value; see {@link
   * #useClientCertificateOCSPEndpoint(boolean)}.
   */
  public TrustStore useClientCertificateOCSPEndpoint(Value<Boolean> value) {
    return set("UseClientCertificateOCSPEndpoint", value);
  }

  /**
   * The trust store's Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The version identifier for the current version of the trust store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ETag}.
   */
  public Value<String> eTag() {
    return getAtt("ETag");
  }

  /**
   * The trust store's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The trust store's last modified time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The trust store's number of CA certificates.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NumberOfCaCertificates}.
   */
  public Value<Integer> numberOfCaCertificates() {
    return getAtt("NumberOfCaCertificates");
  }

  /**
   * The trust store's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The CA certificates bundle location in Amazon S3.
   *
   * <p>Property type {@code AWS::CloudFront::TrustStore.CaCertificatesBundleS3Location}.
   */
  public static final class CaCertificatesBundleS3Location extends Struct<CaCertificatesBundleS3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::TrustStore.CaCertificatesBundleS3Location")
        .required("Bucket", "Key", "Region")
        .build();

    public CaCertificatesBundleS3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public CaCertificatesBundleS3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public CaCertificatesBundleS3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The location's key.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public CaCertificatesBundleS3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public CaCertificatesBundleS3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The location's Region.
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public CaCertificatesBundleS3Location region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public CaCertificatesBundleS3Location region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The location's version.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public CaCertificatesBundleS3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public CaCertificatesBundleS3Location version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * A CA certificates bundle source.
   *
   * <p>Property type {@code AWS::CloudFront::TrustStore.CaCertificatesBundleSource}.
   */
  public static final class CaCertificatesBundleSource extends Struct<CaCertificatesBundleSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::TrustStore.CaCertificatesBundleSource")
        .required("CaCertificatesBundleS3Location")
        .build();

    public CaCertificatesBundleSource() {
      super(SCHEMA);
    }

    /**
     * The CA certificates bundle location in Amazon S3.
     *
     * <p>Required. CloudFormation property {@code CaCertificatesBundleS3Location}.
     */
    public CaCertificatesBundleSource caCertificatesBundleS3Location(Value<CaCertificatesBundleS3Location> value) {
      return set("CaCertificatesBundleS3Location", value);
    }

    /**
     * Sets {@code CaCertificatesBundleS3Location} to the asset's bucket and key, where the deployer
     * uploads it; see {@link #caCertificatesBundleS3Location(Value)}.
     */
    public CaCertificatesBundleSource caCertificatesBundleS3Location(Asset asset) {
      return set("CaCertificatesBundleS3Location", new CaCertificatesBundleS3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }
}
