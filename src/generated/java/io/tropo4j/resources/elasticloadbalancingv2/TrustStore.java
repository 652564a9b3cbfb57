// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticloadbalancingv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a trust store. You must specify <code>CaCertificatesBundleS3Bucket</code> and
 * <code>CaCertificatesBundleS3Key</code> . When you create a trust store, you must specify
 * <code>Name</code> .
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancingV2::TrustStore}.
 */
public final class TrustStore extends Resource<TrustStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::TrustStore")
      .constrain("Name", Constraint.of().pattern("^([a-zA-Z0-9]+-)*[a-zA-Z0-9]+$").minLength(1).maxLength(32))
      .refYields("TrustStoreArn")
      .attributes("NumberOfCaCertificates", "Status", "TrustStoreArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrustStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon S3 bucket for the ca certificates bundle.
   *
   * <p>CloudFormation property {@code CaCertificatesBundleS3Bucket}.
   */
  public TrustStore caCertificatesBundleS3Bucket(String value) {
    return set("CaCertificatesBundleS3Bucket", Value.of(value));
  }

  /**
   * Sets {@code CaCertificatesBundleS3Bucket} to this value; see {@link
   * #caCertificatesBundleS3Bucket(String)}.
   */
  public TrustStore caCertificatesBundleS3Bucket(Value<String> value) {
    return set("CaCertificatesBundleS3Bucket", value);
  }

  /**
   * The Amazon S3 path for the ca certificates bundle.
   *
   * <p>CloudFormation property {@code CaCertificatesBundleS3Key}.
   */
  public TrustStore caCertificatesBundleS3Key(String value) {
    return set("CaCertificatesBundleS3Key", Value.of(value));
  }

  /**
   * Sets {@code CaCertificatesBundleS3Key} to this value; see {@link
   * #caCertificatesBundleS3Key(String)}.
   */
  public TrustStore caCertificatesBundleS3Key(Value<String> value) {
    return set("CaCertificatesBundleS3Key", value);
  }

  /**
   * The Amazon S3 object version for the ca certificates bundle. If undefined the current version
   * is used.
   *
   * <p>CloudFormation property {@code CaCertificatesBundleS3ObjectVersion}.
   */
  public TrustStore caCertificatesBundleS3ObjectVersion(String value) {
    return set("CaCertificatesBundleS3ObjectVersion", Value.of(value));
  }

  /**
   * Sets {@code CaCertificatesBundleS3ObjectVersion} to this value; see {@link
   * #caCertificatesBundleS3ObjectVersion(String)}.
   */
  public TrustStore caCertificatesBundleS3ObjectVersion(Value<String> value) {
    return set("CaCertificatesBundleS3ObjectVersion", value);
  }

  /**
   * The name of the trust store.
   *
   * <p>Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^([a-zA-Z0-9]+-)*[a-zA-Z0-9]+$}. CloudFormation property {@code Name}.
   */
  public TrustStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TrustStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to assign to the trust store.
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
   * The number of ca certificates in the trust store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NumberOfCaCertificates}.
   */
  public Value<Integer> numberOfCaCertificates() {
    return getAtt("NumberOfCaCertificates");
  }

  /**
   * The status of the trust store. The possible values are <code>CREATING</code> and
   * <code>ACTIVE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon Resource Name (ARN) of the trust store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrustStoreArn}.
   */
  public Value<String> trustStoreArn() {
    return getAtt("TrustStoreArn");
  }
}
